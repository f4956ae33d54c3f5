package org.gongkai.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextMeasurer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/**
 * Draws a {@link ChartSpec} with JFreeChart into JFreeSVG: a horizontal bar chart, one bar per item,
 * each labelled directly beside its bar with its name, amount and share (or change), so nothing
 * depends on colour or a legend, and long Chinese names wrap instead of shrinking. The result is
 * a function of the spec alone: fonts come from {@link ChartFont}, ids from {@link ChartSpec#id()},
 * sizes are computed, nothing is random or timed.
 */
public final class SvgChartRenderer {

    /** Width of the drawing in SVG units; the page scales it to its column (viewBox, width 100%). */
    static final int WIDTH = 380;
    /**
     * The largest bar length drawn. Loading bounds amounts to 15 integer digits, scores and rates to
     * 1,000, so this never cuts a real figure; it keeps NaN and infinity out of the drawing even so.
     */
    static final BigDecimal PLOT_MAX = new BigDecimal("1e16");
    /** Code points of a text wrapped into the chart; loading bounds names far below this. */
    static final int TEXT_MAX = 600;

    private static final int PAD = 12;
    private static final float LABEL_WIDTH = 168f;
    private static final float LABEL_GAP = 10f;
    private static final double ROW_GAP = 14;
    private static final double GAP_FRACTION = 0.35;
    private static final double BAR_THICKNESS = 22;
    private static final RectangleInsets PLOT_INSETS = new RectangleInsets(6, 0, 6, 10);

    private static final int TITLE_SIZE = 17;
    private static final int SUBJECT_SIZE = 13;
    private static final int LABEL_SIZE = 14;
    private static final int VALUE_SIZE = 13;
    private static final int NOTE_SIZE = 12;

    private static final Color INK = new Color(0x1a1a1a);
    private static final Color INK_VALUE = new Color(0x333333);
    private static final Color MUTED = new Color(0x555555);
    private static final Color AXIS = new Color(0x767676);
    private static final Color OUTLINE = new Color(0x222222);

    /**
     * The Okabe–Ito palette, which stays distinguishable with every common colour-vision deficiency;
     * ordered so that neighbouring bars contrast, the weak yellow last. Bars carry a dark outline so
     * that even light colours stand out from the white background.
     */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));
    /** Years (and per-project rates or scores) are one series: one colour, the labels name the bars. */
    static final Color YEARS_COLOUR = PALETTE.get(0);

    /** Category keys: unique by position, shown by label (labels may repeat in published tables). */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An SVG chart: the element to put inline in a page, and the file to write beside it. */
    public record Svg(String element) {
        public String document() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
        }
    }

    public Svg render(ChartSpec spec) {
        Graphics2D measure = ChartFont.measuringGraphics();
        try {
            return draw(spec, measure);
        } finally {
            measure.dispose();
        }
    }

    private Svg draw(ChartSpec spec, Graphics2D measure) {
        int n = spec.items().size();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double min = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double v = plottable(spec.items().get(i).value());
            dataset.addValue(v, "", new Key(i, spec.items().get(i).label()));
            min = Math.min(min, v);
            max = Math.max(max, v);
        }

        double tallest = 0;
        for (int i = 0; i < n; i++) {
            tallest = Math.max(tallest, label(spec, i, measure).calculateDimensions(measure).getHeight());
        }
        double row = Math.ceil(tallest + ROW_GAP);
        double dataHeight = n * row;

        CategoryAxis axis = new CategoryAxis() {
            @Override
            @SuppressWarnings("rawtypes") // JFreeChart's signature
            protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
                return label(spec, ((Key) category).index(), g2);
            }
        };
        axis.setTickMarksVisible(false);
        axis.setTickLabelFont(ChartFont.of(LABEL_SIZE));
        axis.setAxisLinePaint(AXIS);
        axis.setTickLabelInsets(new RectangleInsets(0, 0, 0, LABEL_GAP - 2));
        axis.setCategoryLabelPositionOffset(2);
        if (n == 1) {
            axis.setLowerMargin(GAP_FRACTION / 2);
            axis.setUpperMargin(GAP_FRACTION / 2);
            axis.setCategoryMargin(0);
        } else {
            // Equal spacing: every category gets one row of height dataHeight / n.
            axis.setCategoryMargin((n - 1) * GAP_FRACTION / n);
            axis.setLowerMargin(GAP_FRACTION / (2 * n));
            axis.setUpperMargin(GAP_FRACTION / (2 * n));
        }

        NumberAxis values = new NumberAxis();
        values.setVisible(false);
        values.setAutoRange(false);
        values.setRange(new Range(min, max > min ? max * 1.01 - min * 0.01 : min + 1));

        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int series, int column) {
                return spec.kind() == ChartSpec.Kind.SHARES ? PALETTE.get(column % PALETTE.size()) : YEARS_COLOUR;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(OUTLINE);
        bars.setDefaultOutlineStroke(new BasicStroke(1f));
        bars.setMinimumBarLength(2);
        bars.setMaximumBarWidth(BAR_THICKNESS / dataHeight);
        bars.setDefaultSeriesVisibleInLegend(false);

        CategoryPlot plot = new CategoryPlot(dataset, axis, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(PLOT_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // The same label column in every chart, so bars line up from chart to chart.
        AxisSpace labels = new AxisSpace();
        labels.setLeft(LABEL_WIDTH + LABEL_GAP);
        plot.setFixedDomainAxisSpace(labels);

        JFreeChart chart = new JFreeChart(null, ChartFont.of(TITLE_SIZE), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(PAD, PAD, PAD, PAD));
        TextTitle title = title(spec.title(), TITLE_SIZE, INK, RectangleEdge.TOP, 4);
        TextTitle subject = title(spec.subject() + " · 单位：" + spec.kind().unit(), SUBJECT_SIZE, MUTED, RectangleEdge.TOP, 6);
        TextTitle source = title("数据来源：" + spec.source(), NOTE_SIZE, MUTED, RectangleEdge.BOTTOM, 0);
        chart.setTitle(title);
        chart.addSubtitle(subject);
        chart.addSubtitle(source);

        double inner = WIDTH - 2 * PAD;
        double height = 2 * PAD + PLOT_INSETS.getTop() + PLOT_INSETS.getBottom() + dataHeight
                + heightOf(title, inner, measure) + heightOf(subject, inner, measure) + heightOf(source, inner, measure);
        int h = (int) Math.ceil(height);

        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, h);
        g2.setFont(ChartFont.of(LABEL_SIZE));
        String id = spec.id();
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(family -> ChartFont.CSS_FAMILIES);
        // Fixed decimals: a coordinate prints the same whatever tiny float noise the layout has.
        g2.setGeomDoubleConverter(new DoubleConverter(2));
        g2.setTransformDoubleConverter(new DoubleConverter(4));
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, h));
        String element = g2.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, h), PreserveAspectRatio.XMID_YMIN,
                MeetOrSlice.MEET);
        return new Svg(accessible(element, spec, id));
    }

    /** A bar's length: the value, kept within ±{@link #PLOT_MAX} (the label still prints it exactly). */
    static double plottable(BigDecimal value) {
        return value.max(PLOT_MAX.negate()).min(PLOT_MAX).doubleValue();
    }

    /** {@code text}, cut to {@link #TEXT_MAX} code points: wrapping measures every prefix of a line. */
    static String bounded(String text) {
        return text.codePointCount(0, text.length()) <= TEXT_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, TEXT_MAX)) + "…";
    }

    private static TextTitle title(String text, int size, Color paint, RectangleEdge edge, double below) {
        TextTitle t = new TextTitle(bounded(text), ChartFont.of(size), paint, edge, HorizontalAlignment.LEFT,
                VerticalAlignment.TOP, new RectangleInsets(edge == RectangleEdge.BOTTOM ? 8 : 0, 0, below, 0));
        t.setTextAlignment(HorizontalAlignment.LEFT);
        return t;
    }

    private static double heightOf(TextTitle t, double width, Graphics2D g2) {
        return t.arrange(g2, new RectangleConstraint(new Range(0, width), new Range(0, 10_000))).getHeight();
    }

    /** A bar's label: the name (wrapped), then the amount and share or change, right-aligned to the bar. */
    private static TextBlock label(ChartSpec spec, int i, Graphics2D g2) {
        TextBlock block = new TextBlock();
        wrap(block, spec.items().get(i).label(), ChartFont.of(LABEL_SIZE), INK, g2);
        wrap(block, spec.valueLine(i), ChartFont.of(VALUE_SIZE), INK_VALUE, g2);
        spec.changeLine(i).ifPresent(line -> wrap(block, line, ChartFont.of(VALUE_SIZE), INK_VALUE, g2));
        block.setLineAlignment(HorizontalAlignment.RIGHT);
        return block;
    }

    /**
     * Breaks {@code text} into lines no wider than the label column, measured in {@code font}.
     * (JFreeChart's own G2TextMeasurer measures in the graphics' current font, which would make line
     * breaks depend on whatever font that is, and so on the machine.)
     */
    private static void wrap(TextBlock into, String text, Font font, Color paint, Graphics2D g2) {
        FontMetrics fm = g2.getFontMetrics(font);
        TextMeasurer measurer = (s, start, end) -> (float) fm.getStringBounds(s, start, end, g2).getWidth();
        TextBlock lines = TextUtils.createTextBlock(bounded(text), font, paint, LABEL_WIDTH, measurer);
        for (Object line : lines.getLines()) {
            into.addLine((TextLine) line);
        }
    }

    /** role="img" with its accessible name and description, as the SVG's first children. */
    private static String accessible(String element, ChartSpec spec, String id) {
        int open = element.indexOf('>');
        // JFreeSVG's own namespace is only for its element hints, which are off: leave it out.
        String head = element.substring(0, open)
                .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "")
                .replaceFirst("^<svg", "<svg role='img' aria-labelledby='" + id + "-title " + id + "-desc'");
        return head + "><title id='" + id + "-title'>" + xml(spec.fullTitle()) + "</title><desc id='" + id
                + "-desc'>" + xml(spec.description()) + "</desc>" + element.substring(open + 1);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
