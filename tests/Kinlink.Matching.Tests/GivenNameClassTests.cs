using Kinlink.Matching.Names;

namespace Kinlink.Matching.Tests;

public class GivenNameClassTests
{
    [Theory]
    [InlineData("ALEKSANDR", "Олександр", "Александр", "Oleksandr", "Aleksandr", "Alexander", "Olexandr")]
    [InlineData("NIKOLAI", "Микола", "Николай", "Mykola", "Nikolai", "Nikolay", "Nicholas")]
    [InlineData("DMITRII", "Дмитро", "Дмитрий", "Dmytro", "Dmitrii", "Dmitriy", "Dmitry")]
    [InlineData("PETR", "Петро", "Пётр", "Petro", "Petr", "Pyotr", "Peter")]
    [InlineData("ELENA", "Олена", "Елена", "Olena", "Elena", "Yelena", "Helen")]
    [InlineData("SVETLANA", "Світлана", "Светлана", "Svitlana", "Svetlana")]
    [InlineData("IURII", "Юрій", "Юрий", "Yurii", "Iurii", "Yuriy", "Jurij")]
    [InlineData("EVGENII", "Євген", "Евгений", "Yevhen", "Evgenii", "Yevgeniy", "Eugene")]
    [InlineData("GLEB", "Гліб", "Глеб", "Hlib", "Gleb")]
    [InlineData("ANNA", "Ганна", "Анна", "Hanna", "Anna")]
    public void Ukrainian_Russian_and_Latin_forms_share_a_class(string code, params string[] spellings)
    {
        foreach (var spelling in spellings)
        {
            var match = Assert.Single(GivenNames.Lookup(spelling), m => m.Class.Code == code);
            Assert.False(match.Diminutive, spelling);
        }
    }

    [Theory]
    [InlineData("Сашко", "ALEKSANDR")]
    [InlineData("Саша", "ALEKSANDR")]
    [InlineData("Саша", "ALEKSANDRA")]
    [InlineData("Коля", "NIKOLAI")]
    [InlineData("Женя", "EVGENII")]
    [InlineData("Sasha", "ALEKSANDR")]
    public void Diminutives_find_their_class_flagged_as_diminutives(string diminutive, string code)
    {
        var match = Assert.Single(GivenNames.Lookup(diminutive), m => m.Class.Code == code);
        Assert.True(match.Diminutive);
    }

    [Fact]
    public void Every_row_of_the_table_is_found_under_every_system()
    {
        Assert.Equal(89, GivenNames.Rows.Count);
        foreach (var row in GivenNames.Rows)
        {
            foreach (var cyrillic in new[] { row.Ukrainian, row.Russian })
            {
                foreach (var system in Enum.GetValues<TransliterationSystem>())
                {
                    var latin = Transliterator.ToLatin(cyrillic, system);
                    Assert.Contains(GivenNames.Lookup(latin), m => m.Class.Code == row.Class.Code && !m.Diminutive);
                }
            }

            foreach (var latin in row.Latin)
            {
                Assert.Contains(GivenNames.Lookup(latin), m => m.Class.Code == row.Class.Code);
            }
        }
    }

    [Fact]
    public void A_name_outside_the_table_has_no_class()
    {
        Assert.Empty(GivenNames.Lookup("Zebedee"));
        Assert.Empty(GivenNames.Lookup(""));
    }

    [Fact]
    public void The_table_version_names_its_row_count()
    {
        Assert.StartsWith("given-names/89/", GivenNames.TableVersion, StringComparison.Ordinal);
    }
}
