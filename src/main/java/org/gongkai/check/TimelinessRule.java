package org.gongkai.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Position;
import org.gongkai.model.Dates;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PrintedDate;

/**
 * A disclosure states its approval date (批复日期, {@code approved}): it is published within 20 days
 * of it, as 《预算法》第十四条 requires of departments' budgets and final accounts.
 */
final class TimelinessRule {

    /** Days after approval by which a department publishes. */
    static final int DAYS = 20;

    private TimelinessRule() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        Dates dates = d.dates();
        Optional<LocalDate> approved = PrintedDate.parse(dates.approved());
        List<Finding> out = new ArrayList<>();
        if (approved.isEmpty()) {
            return out;
        }
        Position approvedAt = dates.approvedAt().orElse(Position.startOf(d.file()));
        String subject = "批复日期 / 公开日期";
        if (d.published().isBlank()) {
            out.add(new Finding(Rule.TIMELY, d.path(), subject, "写明了批复日期 " + dates.approved()
                    + "，但没有公开日期（published），不能核对是否在批复后 " + DAYS + " 日内公开", approvedAt, List.of()));
            return out;
        }
        Position publishedAt = dates.publishedAt().orElse(approvedAt);
        Optional<LocalDate> published = PrintedDate.parse(d.published());
        if (published.isEmpty()) {
            out.add(new Finding(Rule.TIMELY, d.path(), subject, "公开日期“" + d.published() + "”不是可识别的日期，不能核对是否在批复后 "
                    + DAYS + " 日内公开", publishedAt, List.of(approvedAt)));
            return out;
        }
        long days = ChronoUnit.DAYS.between(approved.get(), published.get());
        if (days < 0) {
            out.add(new Finding(Rule.TIMELY, d.path(), subject, "公开日期 " + d.published() + " 早于批复日期 " + dates.approved()
                    + "：核对两个日期", publishedAt, List.of(approvedAt)));
        } else if (days > DAYS) {
            out.add(new Finding(Rule.TIMELY, d.path(), subject, "批复日期 " + dates.approved() + "，公开日期 " + d.published()
                    + "：批复后第 " + days + " 日才公开，晚于 " + DAYS + " 日的期限", publishedAt, List.of(approvedAt)));
        }
        return out;
    }
}
