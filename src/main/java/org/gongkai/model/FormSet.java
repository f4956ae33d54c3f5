package org.gongkai.model;

import java.util.List;
import java.util.Optional;

/** The forms one kind of disclosure uses in a year (and district variant), e.g. final-2021. */
public record FormSet(String id, String kind, String name, List<Form> forms, String source) {

    public FormSet {
        forms = List.copyOf(forms);
    }

    public Optional<Form> form(String formId) {
        return forms.stream().filter(f -> f.id().equals(formId)).findFirst();
    }
}
