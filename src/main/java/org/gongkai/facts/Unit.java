package org.gongkai.facts;

import java.math.BigDecimal;

/**
 * The unit a table prints its amounts in. The figure layer states every amount in 万元, the unit
 * the forms and the portal's comparisons use; pages still show what was printed.
 */
public enum Unit {
    YUAN("元", new BigDecimal("0.0001")),
    QIAN_YUAN("千元", new BigDecimal("0.1")),
    WAN_YUAN("万元", BigDecimal.ONE),
    YI_YUAN("亿元", new BigDecimal("10000"));

    private final String printed;
    private final BigDecimal toWan;

    Unit(String printed, BigDecimal toWan) {
        this.printed = printed;
        this.toWan = toWan;
    }

    public String printed() {
        return printed;
    }

    /** {@code amount} as printed in this unit, in 万元. */
    public BigDecimal toWan(BigDecimal amount) {
        return this == WAN_YUAN ? amount : amount.multiply(toWan);
    }

    /**
     * The unit a table's 单位 line names ("单位：万元", "元"); 万元 when it names none, as the
     * content schema defaults.
     */
    public static Unit of(String unitLine) {
        if (unitLine.contains(YI_YUAN.printed)) {
            return YI_YUAN;
        }
        if (unitLine.contains(WAN_YUAN.printed)) {
            return WAN_YUAN;
        }
        if (unitLine.contains(QIAN_YUAN.printed)) {
            return QIAN_YUAN;
        }
        return unitLine.contains(YUAN.printed) ? YUAN : WAN_YUAN;
    }
}
