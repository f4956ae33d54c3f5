package org.gongkai.load;

/** One file of content/assets/, checked and read: it goes to the site as assets/{@code name}. */
public record Asset(String name, byte[] bytes) {
}
