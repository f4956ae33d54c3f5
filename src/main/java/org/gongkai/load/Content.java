package org.gongkai.load;

import java.nio.file.Path;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Portal;

/** What the load stage hands on: the portal model, the catalogue, and the site's asset overrides. */
public record Content(Portal portal, Catalogue catalogue, Path assetOverrides) {
}
