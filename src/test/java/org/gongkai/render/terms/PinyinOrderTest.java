package org.gongkai.render.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JDK's Chinese collator orders budget vocabulary by pinyin: no ICU needed. */
class PinyinOrderTest {

    @Test
    void commonCharactersSortByPinyin() {
        List<String> shuffled = List.of("资金", "银行", "项目支出", "上级补助收入", "其他收入", "年初结转和结余", "机关运行经费",
                "基本支出", "公务接待费", "财政拨款收入", "本部门", "阿", "二", "发展", "合计", "卡", "劳务费", "民生",
                "欧", "培训费", "人员经费", "退休费", "外交", "政府性基金");
        List<String> expected = List.of("阿", "本部门", "财政拨款收入", "二", "发展", "公务接待费", "合计", "基本支出",
                "机关运行经费", "卡", "劳务费", "民生", "年初结转和结余", "欧", "培训费", "其他收入", "人员经费",
                "上级补助收入", "退休费", "外交", "项目支出", "银行", "政府性基金", "资金");
        assertEquals(expected, shuffled.stream().sorted(PinyinOrder.comparator()).toList());
    }

    @Test
    void initialLettersFollowPinyinAndIgnoreLeadingPunctuation() {
        assertEquals(List.of("A", "B", "C", "J", "J", "S", "S", "X", "Y", "Z", "Z", "F", "#", "#"),
                Stream.of("阿", "本部门", "财政拨款", "基本支出", "机关运行经费", "“三公”经费", "上缴上级支出", "项目支出",
                        "一般公共预算", "政府性基金", "座", "Foo", "1号", "亓").map(PinyinOrder::initial).toList());
    }

    @Test
    void distinctTermsNeverTie() {
        List<String> a = Stream.of("基本支出(项)", "基本支出（项）").sorted(PinyinOrder.comparator()).toList();
        List<String> b = Stream.of("基本支出（项）", "基本支出(项)").sorted(PinyinOrder.comparator()).toList();
        assertEquals(a, b);
    }
}
