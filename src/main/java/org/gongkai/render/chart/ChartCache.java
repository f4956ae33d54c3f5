package org.gongkai.render.chart;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drawn charts of one build, keyed by their spec (that is, by their data): a chart shown on
 * several pages and written as its own file is drawn once, by whichever page asks first, while
 * the other pages render in parallel. Thread-safe.
 */
public final class ChartCache {

    private final SvgChartRenderer renderer;
    private final Map<ChartSpec, SvgChartRenderer.Svg> drawn = new ConcurrentHashMap<>();
    private final AtomicInteger draws = new AtomicInteger();

    public ChartCache() {
        this(new SvgChartRenderer());
    }

    public ChartCache(SvgChartRenderer renderer) {
        this.renderer = renderer;
    }

    public SvgChartRenderer.Svg get(ChartSpec spec) {
        return drawn.computeIfAbsent(spec, s -> {
            draws.incrementAndGet();
            return renderer.render(s);
        });
    }

    /** How many charts were actually drawn (each distinct spec once). */
    public int draws() {
        return draws.get();
    }
}
