package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Department;
import org.gongkai.render.chart.Chart;
import org.gongkai.render.chart.ChartData;
import org.gongkai.render.site.Addresses;

/** A page per department: its disclosures, the multi-year table and the trend charts. */
final class DepartmentPages implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        List<Page> pages = new ArrayList<>();
        for (Department d : site.portal().departments()) {
            List<Chart> trends = ChartData.trends(site.figures(), d).stream()
                    .map(s -> new Chart(s, Addresses.folder(d), site.charts())).toList();
            pages.addAll(SiteContext.chartFiles(trends));
            pages.add(site.page(site.portalPage(Addresses.department(d)), "department", Map.of("department", d,
                    "disclosures", site.index().ofDepartment(d), "years", site.index().yearsTable(d), "charts", trends)));
        }
        return pages;
    }
}
