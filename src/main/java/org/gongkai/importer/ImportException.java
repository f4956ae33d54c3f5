package org.gongkai.importer;

/** A workbook problem at a place: {@code where} is book.xlsx!Sheet!C7 (or less when no cell applies). */
public final class ImportException extends Exception {

    private final String where;

    public ImportException(String where, String message) {
        super(message);
        this.where = where;
    }

    public String where() {
        return where;
    }

    /** As printed: book.xlsx!Sheet!C7: 错误：… */
    public String line() {
        return where + ": 错误：" + getMessage();
    }
}
