package org.gongkai.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one font charts are laid out with: a subset of Noto Sans CJK SC (GB 2312 and ASCII, SIL Open
 * Font License) bundled as a resource and loaded with {@link Font#createFont}, so text widths, and
 * so the SVG, are the same on every machine whatever fonts it has installed, none included. The SVG
 * names a list of families instead (see {@link #CSS_FAMILIES}): readers' browsers draw the labels
 * with their own fonts. Characters outside the subset are measured as the font's missing-glyph
 * width, one em, which is the width of a CJK ideograph in every CJK font.
 *
 * <p>Java's font system itself still has to start, which on Linux needs fontconfig to find at least
 * one font of any kind; Debian's OpenJDK brings one (fonts-dejavu-core through fontconfig-config).
 * Which fonts those are makes no difference to the charts.
 */
public final class ChartFont {

    /** The bundled file, in the jar's resources. */
    public static final String RESOURCE = "fonts/gongkai-chart-sans.otf";

    /**
     * The font-family the SVG text names: first the fonts of the same design as the bundled subset
     * (identical metrics), then the CJK fonts of the common systems, then the generic family.
     */
    public static final String CSS_FAMILIES = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Noto Sans SC\", "
            + "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";

    private static final Font BASE = load();

    private ChartFont() {
    }

    /** The bundled font at {@code size} px. Sizes are whole numbers: the SVG prints them as integers. */
    public static Font of(int size) {
        return BASE.deriveFont((float) size);
    }

    public static String family() {
        return BASE.getFamily();
    }

    /** A graphics context that measures text the way JFreeSVG does (fractional metrics). */
    static Graphics2D measuringGraphics() {
        Graphics2D g2 = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB).createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g2;
    }

    /** Advance width of {@code text} at {@code size} px. */
    public static double width(String text, int size) {
        Graphics2D g2 = measuringGraphics();
        try {
            FontMetrics fm = g2.getFontMetrics(of(size));
            return fm.getStringBounds(text, g2).getWidth();
        } finally {
            g2.dispose();
        }
    }

    private static Font load() {
        try (InputStream in = ChartFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled chart font missing: " + RESOURCE);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | RuntimeException | Error e) {
            // The usual cause is not the file: Java's font system (AWT) did not start, which on Linux
            // happens when fontconfig finds no font at all. Any one system font is enough.
            throw new IllegalStateException("无法加载图表字体 " + RESOURCE + "：" + e
                    + "。Java 的字体系统需要 fontconfig 和至少一种系统字体（任何字体均可，例如 Debian 的 fonts-dejavu-core）", e);
        }
    }
}
