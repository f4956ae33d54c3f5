package org.gongkai.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Identity;
import org.gongkai.model.Role;
import org.gongkai.model.Row;

/**
 * What a total column splits into, by the form's header tree alone: the header nodes after it at
 * its own level. A group counts by its declared part (a column with a measure, else its 小计) or,
 * when {@code deep}, by its members without their 小计. A 小计 is a column the form declares
 * {@code subtotal: true} or the target of a column identity ("3 栏＝（4＋5）栏").
 */
final class Parts {

    private Parts() {
    }

    static List<FactSet.Part> of(Fact.Place place, Unit unit, boolean deep) {
        Form form = place.table().form();
        Row row = place.table().rows().get(place.row());
        List<HeaderNode> siblings = siblingsOf(form.header(), place.column());
        List<Labelled> parts = new ArrayList<>();
        boolean after = false;
        for (HeaderNode node : siblings) {
            if (node.isLeaf() && node.leaf().index() == place.column().index()) {
                after = true;
            } else if (after) {
                parts.addAll(resolve(form, node, deep, ""));
            }
        }
        List<FactSet.Part> out = new ArrayList<>();
        for (Labelled p : parts) {
            String bare = bare(p.label());
            long same = parts.stream().filter(o -> bare(o.label()).equals(bare)).count();
            Cell cell = row.cell(p.column());
            Optional<BigDecimal> amount = cell.isAmount() ? Optional.of(unit.toWan(cell.value())) : Optional.empty();
            out.add(new FactSet.Part(same > 1 ? p.label().replace("\u0000", "·") : bare, p.column().measure(), amount));
        }
        return out;
    }

    private record Labelled(String label, Column column) {
    }

    private static List<Labelled> resolve(Form form, HeaderNode node, boolean deep, String group) {
        if (node.isLeaf()) {
            return node.leaf().role() == Role.AMOUNT && !isSubtotal(form, node.leaf())
                    ? List.of(new Labelled(qualified(group, node.label()), node.leaf()))
                    : List.of();
        }
        if (!deep) {
            Optional<HeaderNode> own = node.children().stream().filter(c -> c.isLeaf() && c.leaf().hasMeasure()).findFirst()
                    .or(() -> node.children().stream().filter(c -> c.isLeaf() && isSubtotal(form, c.leaf())).findFirst());
            if (own.isPresent()) {
                return List.of(new Labelled(qualified(group, node.label()), own.get().leaf()));
            }
        }
        List<Labelled> out = new ArrayList<>();
        for (HeaderNode child : node.children()) {
            out.addAll(resolve(form, child, deep, node.label()));
        }
        return out;
    }

    static boolean isSubtotal(Form form, Column c) {
        return c.subtotal() || !c.col().isEmpty() && form.identities().stream()
                .anyMatch(i -> i.axis() == Identity.Axis.COLUMN && i.target().equals(c.col()));
    }

    /** "本年收入\u0000一般公共预算": the group is kept only until we know whether the label is ambiguous. */
    private static String qualified(String group, String label) {
        return group.isEmpty() ? label : group + "\u0000" + label;
    }

    private static String bare(String qualified) {
        return qualified.substring(qualified.indexOf('\u0000') + 1);
    }

    private static List<HeaderNode> siblingsOf(List<HeaderNode> level, Column leaf) {
        for (HeaderNode n : level) {
            if (n.isLeaf() && n.leaf().index() == leaf.index()) {
                return level;
            }
        }
        for (HeaderNode n : level) {
            if (!n.isLeaf()) {
                List<HeaderNode> found = siblingsOf(n.children(), leaf);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
