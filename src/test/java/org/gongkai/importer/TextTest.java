package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 单位 and 部门 lines of a sheet, read as printed. */
class TextTest {

    @Test
    void theUnitIsReadAsPrintedToTheEndOfItsCell() {
        assertEquals(Optional.of("万元"), Text.unit("单位：万元"));
        assertEquals(Optional.of("元"), Text.unit("金额单位: 元"));
        assertEquals(Optional.of("万元（保留两位小数）"), Text.unit("金额单位：万元（保留两位小数）"));
        assertEquals(Optional.of("万元<svg onload=alert(406)>"), Text.unit("单位：万元<svg onload=alert(406)>"));
        assertEquals(Optional.empty(), Text.unit("单位：本级"));
    }

    @Test
    void aDepartmentLineKeepsItsNameWithoutTheUnitBesideIt() {
        assertEquals(Optional.of("汉阳区大数据中心"), Text.department("部门：汉阳区大数据中心    单位：万元"));
        assertEquals(Optional.of("汉阳区大数据中心"), Text.department("编制单位：汉阳区大数据中心"));
        assertEquals(Optional.of("万元"), Text.unit("部门：汉阳区大数据中心    单位：万元"));
    }
}
