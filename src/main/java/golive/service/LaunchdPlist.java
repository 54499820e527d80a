package golive.service;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A launchd agent ({@code ~/Library/LaunchAgents/<label>.plist}): started at login, kept alive
 * when it fails (not after a clean exit), its output in the data folder.
 */
public final class LaunchdPlist {
    private LaunchdPlist() {
    }

    /** Reverse-DNS, as launchd labels are. */
    public static String label(String id) {
        return "app.golive." + id;
    }

    public static String render(ServiceSpec spec) {
        String args = spec.command().stream().map(a -> "        <string>" + Xml.text(a) + "</string>")
                .collect(Collectors.joining("\n"));
        Path log = spec.workingDir().resolve(spec.id() + ".out.log");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>Label</key>
                    <string>%s</string>
                    <key>ProgramArguments</key>
                    <array>
                %s
                    </array>
                    <key>WorkingDirectory</key>
                    <string>%s</string>
                    <key>RunAtLoad</key>
                    <true/>
                    <key>KeepAlive</key>
                    <dict>
                        <key>SuccessfulExit</key>
                        <false/>
                    </dict>
                    <key>ThrottleInterval</key>
                    <integer>30</integer>
                    <key>StandardOutPath</key>
                    <string>%s</string>
                    <key>StandardErrorPath</key>
                    <string>%s</string>
                </dict>
                </plist>
                """.formatted(Xml.text(label(spec.id())), args, Xml.text(spec.workingDir().toString()), Xml.text(log.toString()),
                Xml.text(log.toString()));
    }
}
