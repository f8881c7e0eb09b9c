using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;

namespace Kinlink.Matching.Tests;

public class FreeTextNameTests
{
    [Theory]
    [InlineData("Коваленко Олександр Миколайович", "Коваленко", "Олександр", "Миколайович")]
    [InlineData("Олександр Миколайович Коваленко", "Коваленко", "Олександр", "Миколайович")]
    [InlineData("Oleksandr Kovalenko", "Kovalenko", "Oleksandr", null)]
    [InlineData("Kovalenko Aleksandr", "Kovalenko", "Aleksandr", null)]
    [InlineData("  Шевчук   Юрій ", "Шевчук", "Юрій", null)]
    [InlineData("Коваленко", "Коваленко", null, null)]
    [InlineData("Петренко-Коваль Андрій Іванович", "Петренко-Коваль", "Андрій", "Іванович")]
    public void A_whole_name_is_read_into_its_fields_in_any_order(string text, string surname, string? given, string? patronymic)
    {
        var record = FreeTextName.Parse(text, new BirthDate(1994, null, null), 'M');

        Assert.Equal((surname, given, patronymic), (record.Surname, record.GivenName, record.Patronymic));
        Assert.Equal(new BirthDate(1994, null, null), record.DateOfBirth);
        Assert.Equal('M', record.Sex);
    }

    [Fact]
    public void Frequency_keys_count_exactly_what_the_in_memory_frequencies_count()
    {
        var records = new CrossScriptGenerator(seed: 3).Generate(registrySize: 500, queryCount: 1).Registry.Select(PreparedRecord.From).ToList();
        var inMemory = new RegistryFrequencies(records);
        var surnames = records.SelectMany(FrequencyKeys.Surnames).CountBy(k => k).ToDictionary();
        var givenNames = records.SelectMany(FrequencyKeys.GivenNames).CountBy(k => k).ToDictionary();

        Assert.NotEmpty(surnames);
        Assert.All(surnames, s => Assert.Equal(inMemory.SurnameCount(s.Key), s.Value));
        Assert.All(givenNames, g => Assert.Equal(inMemory.GivenNameCount(g.Key), g.Value));
    }
}
