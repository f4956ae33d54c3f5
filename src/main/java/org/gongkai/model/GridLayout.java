package org.gongkai.model;

import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Position;
import org.gongkai.model.PerformanceForm.ColumnRole;

/**
 * A performance grid layout (绩效表格版式) shared by many forms: the column labels exactly as
 * printed, what each column holds, how many leading columns form a tree, the block's use and
 * its usual title. A grid that names the layout only writes its rows (and what differs).
 * {@code roles} is empty when the layout leaves them to the labels; {@code position} is where
 * the layout is defined, for messages.
 */
public record GridLayout(String id, Optional<String> title, Optional<String> role, List<String> columns,
        List<ColumnRole> roles, int groups, Position position) {

    public GridLayout {
        columns = List.copyOf(columns);
        roles = List.copyOf(roles);
    }
}
