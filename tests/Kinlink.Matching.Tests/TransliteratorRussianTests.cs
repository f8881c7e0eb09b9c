namespace Kinlink.Matching.Tests;

// Golden pairs from the ICAO 9303 columns in shared/reference/transliteration.md §2, §4 and §5.
public class TransliteratorRussianTests
{
    [Theory]
    [InlineData("Александр", "Aleksandr")]
    [InlineData("Щукин", "Shchukin")]
    [InlineData("Юрьев", "Iurev")]
    [InlineData("Ковалёв", "Kovalev")]
    [InlineData("Андрей", "Andrei")]
    [InlineData("Яна", "Iana")]
    [InlineData("Юлия", "Iuliia")]
    [InlineData("Подъезд", "Podieezd")]
    [InlineData("Царёв", "Tsarev")]
    [InlineData("Наталья", "Natalia")]
    [InlineData("Евгений", "Evgenii")]
    [InlineData("Юрьевич", "Iurevich")]
    [InlineData("Ксения", "Kseniia")]
    [InlineData("Сергей", "Sergei")]
    [InlineData("Дмитрий", "Dmitrii")]
    [InlineData("Николай", "Nikolai")]
    [InlineData("Михаил", "Mikhail")]
    [InlineData("Пётр", "Petr")]
    [InlineData("Фёдор", "Fedor")]
    [InlineData("Илья", "Ilia")]
    [InlineData("Ярослав", "Iaroslav")]
    [InlineData("Екатерина", "Ekaterina")]
    [InlineData("Надежда", "Nadezhda")]
    [InlineData("Татьяна", "Tatiana")]
    [InlineData("Игорь", "Igor")]
    [InlineData("Любовь", "Liubov")]
    [InlineData("Вячеслав", "Viacheslav")]
    [InlineData("Артём", "Artem")]
    [InlineData("Семён", "Semen")]
    [InlineData("Щербаков", "Shcherbakov")]
    [InlineData("Григорьевич", "Grigorevich")]
    [InlineData("Яковлевич", "Iakovlevich")]
    [InlineData("Ильинична", "Ilinichna")]
    [InlineData("Константиновна", "Konstantinovna")]
    public void Passport_examples_follow_ICAO_9303(string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(cyrillic, CyrillicLanguage.Russian));
    }

    [Theory]
    [InlineData("ЮРЬЕВ", "IUREV")]
    [InlineData("ЩУКИН", "SHCHUKIN")]
    [InlineData("Жуков Ю. А.", "Zhukov Iu. A.")]
    [InlineData("Цой", "Tsoi")]
    public void Capitals_follow_the_word_they_stand_in(string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(cyrillic, CyrillicLanguage.Russian));
    }
}
