package golive.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The go-live report as one self-contained HTML file (styles inline, the timeline as a data: URI):
 * to print or attach to a support ticket. Every value is escaped.
 */
public final class GoLiveHtml {
    private GoLiveHtml() {
    }

    public static byte[] render(GoLiveReport r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(r.title())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#111;max-width:70em}")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}")
                .append(".verdict{font-weight:bold;padding:.5em;border:2px solid #111}")
                .append("pre{white-space:pre-wrap;font-size:.85em}pre.prose{font-family:inherit}img{max-width:100%}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        h.append("<h1>").append(esc(r.title())).append("</h1>\n");
        h.append("<p>Generated ").append(esc(golive.launch.WallTime.show(r.generatedAt(), r.zone()))).append("</p>\n");
        h.append("<p class=\"verdict\">").append(esc(r.verdict())).append("</p>\n");
        h.append("<h2>Timeline</h2>\n<img alt=\"Cart orders per hour across the cut-over, with the cut-off and 'Import Orders from' marked\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(r.timelinePng())).append("\">\n");
        for (GoLiveReport.Section s : r.sections()) {
            h.append("<h2>").append(esc(s.title())).append("</h2>\n<pre").append(s.aligned() ? "" : " class=\"prose\"").append('>');
            for (String line : s.lines()) {
                h.append(esc(line)).append('\n');
            }
            h.append("</pre>\n");
        }
        return h.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
