package golive.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Windows Task Scheduler task: at this user's logon, only while logged on (no stored password),
 * restarted on failure, never stopped for running long. {@code schtasks /Create /XML} reads it.
 */
public final class ScheduledTaskXml {
    private ScheduledTaskXml() {
    }

    /** The task's path in the Task Scheduler library. */
    public static String taskName(String id) {
        return "\\Cart Go-Live\\" + id;
    }

    /** @param userId the account the task runs as ({@code DOMAIN\\user}) */
    public static String render(ServiceSpec spec, String userId) {
        List<String> cmd = spec.command();
        String arguments = cmd.subList(1, cmd.size()).stream().map(ScheduledTaskXml::quote).collect(Collectors.joining(" "));
        return """
                <?xml version="1.0" encoding="UTF-16"?>
                <Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
                  <RegistrationInfo>
                    <Description>%s</Description>
                  </RegistrationInfo>
                  <Triggers>
                    <LogonTrigger>
                      <Enabled>true</Enabled>
                      <UserId>%s</UserId>
                    </LogonTrigger>
                  </Triggers>
                  <Principals>
                    <Principal id="Author">
                      <UserId>%s</UserId>
                      <LogonType>InteractiveToken</LogonType>
                      <RunLevel>LeastPrivilege</RunLevel>
                    </Principal>
                  </Principals>
                  <Settings>
                    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
                    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
                    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
                    <StartWhenAvailable>true</StartWhenAvailable>
                    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
                    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
                    <RestartOnFailure>
                      <Interval>PT1M</Interval>
                      <Count>999</Count>
                    </RestartOnFailure>
                    <Enabled>true</Enabled>
                    <Hidden>false</Hidden>
                  </Settings>
                  <Actions Context="Author">
                    <Exec>
                      <Command>%s</Command>
                      <Arguments>%s</Arguments>
                      <WorkingDirectory>%s</WorkingDirectory>
                    </Exec>
                  </Actions>
                </Task>
                """.formatted(Xml.text(spec.description()), Xml.text(userId), Xml.text(userId), Xml.text(cmd.get(0)),
                Xml.text(arguments), Xml.text(spec.workingDir().toString()));
    }

    /** One argument as the Windows C runtime splits a command line: quoted, inner quotes escaped. */
    static String quote(String arg) {
        String body = arg.replace("\"", "\\\"");
        // backslashes just before the closing quote would escape it: double them
        int trailing = body.length() - body.replaceAll("\\\\+$", "").length();
        return "\"" + body + "\\".repeat(trailing) + "\"";
    }
}
