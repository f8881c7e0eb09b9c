namespace Kinlink.Matching.Tests;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("Іван", NameScript.Cyrillic)]
    [InlineData("Знам\u02BCянка", NameScript.Cyrillic)]
    [InlineData("Шевченко Т. Г., 1814", NameScript.Cyrillic)]
    [InlineData("Ivan", NameScript.Latin)]
    [InlineData("O\u2019Brien", NameScript.Latin)]
    [InlineData("José Łukasz", NameScript.Latin)]
    [InlineData("Ivan 2nd", NameScript.Latin)]
    [InlineData("Iван", NameScript.Mixed)]
    [InlineData("Іван Ivanov", NameScript.Mixed)]
    [InlineData("Γιώργος", NameScript.Unknown)]
    [InlineData("123 - .", NameScript.Unknown)]
    [InlineData("", NameScript.Unknown)]
    [InlineData(null, NameScript.Unknown)]
    public void Detect_reads_letters_only(string? text, NameScript expected)
    {
        Assert.Equal(expected, ScriptDetector.Detect(text));
    }

    [Theory]
    [InlineData("Іван", CyrillicLanguage.Ukrainian)]
    [InlineData("Їжакевич", CyrillicLanguage.Ukrainian)]
    [InlineData("Євген", CyrillicLanguage.Ukrainian)]
    [InlineData("Ґалаґан", CyrillicLanguage.Ukrainian)]
    [InlineData("В'ячеслав", CyrillicLanguage.Ukrainian)]
    [InlineData("Знам\u2019янка", CyrillicLanguage.Ukrainian)]
    [InlineData("Ковалёв", CyrillicLanguage.Russian)]
    [InlineData("Ковале\u0308в", CyrillicLanguage.Russian)]
    [InlineData("Подъезд", CyrillicLanguage.Russian)]
    [InlineData("Эдуард", CyrillicLanguage.Russian)]
    [InlineData("Крылов", CyrillicLanguage.Russian)]
    [InlineData("Олег", CyrillicLanguage.Unknown)]
    [InlineData("Сергей", CyrillicLanguage.Unknown)]
    [InlineData("Іван Фёдорович", CyrillicLanguage.Unknown)]
    [InlineData("O'Brien", CyrillicLanguage.Unknown)]
    [InlineData("'Олег'", CyrillicLanguage.Unknown)]
    [InlineData("", CyrillicLanguage.Unknown)]
    [InlineData(null, CyrillicLanguage.Unknown)]
    public void GuessLanguage_uses_letters_found_in_one_language_only(string? text, CyrillicLanguage expected)
    {
        Assert.Equal(expected, ScriptDetector.GuessLanguage(text));
    }
}
