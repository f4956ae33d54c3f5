package org.gongkai.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A table's unit as printed, and its amounts in 万元. */
class UnitTest {

    @Test
    void theUnitLineNamesTheUnit() {
        assertEquals(Unit.WAN_YUAN, Unit.of("万元"));
        assertEquals(Unit.WAN_YUAN, Unit.of("万元（保留两位小数）"));
        assertEquals(Unit.YUAN, Unit.of("元"));
        assertEquals(Unit.QIAN_YUAN, Unit.of("千元"));
        assertEquals(Unit.YI_YUAN, Unit.of("单位：亿元"));
        assertEquals(Unit.WAN_YUAN, Unit.of(""), "the schema's default");
    }

    @Test
    void amountsAreConvertedExactly() {
        assertEquals(0, new BigDecimal("68.4213").compareTo(Unit.YUAN.toWan(new BigDecimal("684213.00"))));
        assertEquals(0, new BigDecimal("68.42").compareTo(Unit.QIAN_YUAN.toWan(new BigDecimal("684.2"))));
        assertEquals(0, new BigDecimal("12000").compareTo(Unit.YI_YUAN.toWan(new BigDecimal("1.2"))));
    }
}
