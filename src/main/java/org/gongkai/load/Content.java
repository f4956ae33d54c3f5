package org.gongkai.load;

import java.util.List;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Portal;

/** What the load stage hands on: the portal model, the catalogue, and the site's own assets (checked, read). */
public record Content(Portal portal, Catalogue catalogue, List<Asset> assets) {

    public Content {
        assets = List.copyOf(assets);
    }
}
