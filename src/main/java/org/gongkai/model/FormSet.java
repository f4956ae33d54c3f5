package org.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * The forms one kind of disclosure uses in a year (and district variant), e.g. final-2021, and the
 * row names it declares as totals (each form may declare its own instead), and the features it
 * knowingly goes without ({@code without}: its forms have no such table, so no warning is due).
 */
public record FormSet(String id, String kind, String name, List<Form> forms, String source, List<TotalRow> totalRows,
        List<String> without) {

    public FormSet {
        forms = List.copyOf(forms);
        totalRows = List.copyOf(totalRows);
        without = List.copyOf(without);
    }

    /** The tables the disclosure rules require, in the set's order. */
    public List<Form> required() {
        return forms.stream().filter(Form::required).toList();
    }

    public Optional<Form> form(String formId) {
        return forms.stream().filter(f -> f.id().equals(formId)).findFirst();
    }
}
