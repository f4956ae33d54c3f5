package org.gongkai.load;

import java.util.List;
import java.util.Map;
import org.gongkai.model.Catalogue;
import org.gongkai.model.FormSet;
import org.gongkai.model.GridLayout;
import org.gongkai.model.Portal;

/**
 * What the load stage hands on: the portal model, the catalogue, and the site's own assets (checked,
 * read); with the form sets and grid layouts disclosures were read with, so that one changed
 * disclosure file can be read again alone ({@link ContentReader#readDisclosure}).
 */
public record Content(Portal portal, Catalogue catalogue, List<Asset> assets, Map<String, FormSet> formSets,
        Map<String, GridLayout> layouts) {

    public Content {
        assets = List.copyOf(assets);
        formSets = Map.copyOf(formSets);
        layouts = Map.copyOf(layouts);
    }
}
