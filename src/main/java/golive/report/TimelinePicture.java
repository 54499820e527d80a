package golive.report;

import golive.reconcile.Timeline;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The timeline as a PNG for the HTML and PDF reports: cart orders per hour as stacked bars, the
 * cut-off and 'Import Orders from' as labelled lines, the gap (or overlap) hatched, and every hour
 * holding a missing order marked with a "!" and its count above the bar, so nothing is told by
 * colour alone. Drawn with Java2D (headless), never JavaFX.
 */
public final class TimelinePicture {
    static final int WIDTH = 1000;
    static final int HEIGHT = 320;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;
    private static final Color ACCOUNTED = new Color(0x4F46E5);
    private static final Color NOT_IMPORTED = new Color(0xC7CBD6);
    private static final Color FAILING = new Color(0xC62828);

    private TimelinePicture() {
    }

    public static byte[] png(Timeline t, ZoneId zone) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, t, zone);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, Timeline t, ZoneId zone) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        List<Timeline.Hour> hours = t.hours();
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int max = Math.max(1, hours.stream().mapToInt(Timeline.Hour::total).max().orElse(1));
        double barW = (double) plotW / hours.size();
        Instant start = hours.get(0).start();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));

        // the gap (or overlap) between the cut-off and 'Import Orders from', hatched behind the bars
        double xCut = x(t.cutoff(), start, barW);
        double xFrom = x(t.importFrom(), start, barW);
        if (Math.abs(xFrom - xCut) >= 1) {
            g.setPaint(hatch());
            g.fillRect((int) Math.min(xCut, xFrom), TOP, (int) Math.abs(xFrom - xCut), plotH);
        }
        for (int i = 0; i < hours.size(); i++) {
            Timeline.Hour h = hours.get(i);
            int x = LEFT + (int) (i * barW);
            int w = Math.max(1, (int) barW - 1);
            int y = TOP + plotH;
            y = bar(g, x, y, w, h.accounted(), max, plotH, ACCOUNTED);
            y = bar(g, x, y, w, h.notImported(), max, plotH, NOT_IMPORTED);
            y = bar(g, x, y, w, h.failing(), max, plotH, FAILING);
            if (h.failing() > 0) {
                g.setColor(FAILING);
                g.drawString("!" + h.failing(), x, y - 3);
            }
        }
        if (Math.abs(xFrom - xCut) >= 1) {
            // again as a strip under the axis, where no bar can hide it
            g.setPaint(hatch());
            g.fillRect((int) Math.min(xCut, xFrom), TOP + plotH + 1, Math.max(2, (int) Math.abs(xFrom - xCut)), 4);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        g.drawString(String.valueOf(max), 8, TOP + 10);
        g.drawString("0", 8, TOP + plotH);
        marker(g, xCut, "cut-off", TOP - 22);
        marker(g, xFrom, "Import Orders from", TOP - 8);
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("MMM d HH:mm").withZone(zone);
        int every = Math.max(1, (int) Math.ceil(hours.size() / 8.0));
        for (int i = 0; i < hours.size(); i += every) {
            g.drawString(hour.format(hours.get(i).start()), LEFT + (int) (i * barW), TOP + plotH + 18);
        }
        legend(g, TOP + plotH + 40, t.importFrom().equals(t.cutoff()) ? null : t.importFrom().isAfter(t.cutoff())
                ? "gap (" + (t.gapAccepted() ? "accepted" : "NOT accepted") + ")" : "overlap");
    }

    private static int bar(Graphics2D g, int x, int y, int w, int count, int max, int plotH, Color color) {
        int h = (int) Math.round((double) count / max * plotH);
        if (count > 0) {
            g.setColor(color);
            g.fillRect(x, y - h, w, h);
        }
        return y - h;
    }

    private static void marker(Graphics2D g, double x, String label, int labelY) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.drawLine((int) x, TOP - 4, (int) x, HEIGHT - BOTTOM);
        g.setStroke(new BasicStroke(1f));
        g.drawString(label, (int) Math.min(x + 4, WIDTH - 130), labelY);
    }

    /** {@code window}: how the gap or overlap is named; null when the cut-off and 'Import Orders from' coincide. */
    private static void legend(Graphics2D g, int y, String window) {
        int x = LEFT;
        for (Object[] item : new Object[][] {{ACCOUNTED, "migrated or synced"}, {NOT_IMPORTED, "not to import (excluded, waiting, gap)"},
                {FAILING, "missing, duplicate or suspect (!count)"}}) {
            g.setColor((Color) item[0]);
            g.fillRect(x, y - 10, 12, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString((String) item[1], x + 16, y);
            x += g.getFontMetrics().stringWidth((String) item[1]) + 40;
        }
        g.setColor(Color.DARK_GRAY);
        if (window == null) {
            g.drawString("cut-off = 'Import Orders from': no gap, no overlap", x, y);
            return;
        }
        g.setPaint(hatch());
        g.fillRect(x, y - 10, 12, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString(window, x + 16, y);
    }

    private static TexturePaint hatch() {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(new Color(0xFFF4D6));
        g.fillRect(0, 0, 8, 8);
        g.setColor(new Color(0xD9A400));
        g.drawLine(0, 8, 8, 0);
        g.dispose();
        return new TexturePaint(tile, new java.awt.Rectangle(0, 0, 8, 8));
    }

    private static double x(Instant at, Instant start, double barW) {
        return LEFT + Duration.between(start, at).toSeconds() / 3600.0 * barW;
    }
}
