namespace Kinlink.Matching.Tests;

public class SortKeyTests
{
    [Fact]
    public void Ukrainian_surnames_sort_in_dictionary_order()
    {
        string[] expected = ["Андрієнко", "Бондар", "Ґудзь", "Данилюк", "Євтушенко", "Жук", "Іваненко", "Їжак", "Йосипенко", "Коваленко", "Яковенко"];
        var shuffled = expected.Reverse().ToArray();

        Assert.Equal(expected, shuffled.OrderBy(SortKey.For, StringComparer.Ordinal));
    }

    [Fact]
    public void Russian_letters_sort_in_their_place()
    {
        string[] expected = ["Елисеев", "Ёлкин", "Жуков", "Щукин", "Ыхин", "Эпов", "Юдин", "Яшин"];

        Assert.Equal(expected, expected.Reverse().OrderBy(SortKey.For, StringComparer.Ordinal));
    }

    [Fact]
    public void Case_and_accents_do_not_change_the_order()
    {
        Assert.Equal(SortKey.For("коваленко"), SortKey.For("КОВАЛЕНКО"));
        Assert.Equal(SortKey.For("Jose"), SortKey.For("José"));
        Assert.True(string.CompareOrdinal(SortKey.For("Zubov"), SortKey.For("Андрієнко")) < 0);
    }
}
