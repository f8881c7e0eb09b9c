using System.Globalization;
using Kinlink.Web.Presentation;
using Microsoft.Extensions.Logging;

namespace Kinlink.Integration.Tests.Web;

/// <summary>
/// The catalogue of service messages (Resources/ServiceMessages*.resx) holds every message the services write, in
/// English, Ukrainian and Russian, and the translator puts a message into the reader's language by its template.
/// </summary>
public sealed class ServiceMessageCatalogueTests
{
    private static readonly string[] Translated = ["uk", "ru"];

    [Fact]
    public void Every_message_the_services_write_has_a_catalogue_entry_translated_into_ukrainian_and_russian()
    {
        var root = UiResources.RepositoryRoot();
        var messages = ServiceMessageScanner.MessagesUnder(
            Path.Combine(root, "src", "Kinlink.Domain"), Path.Combine(root, "src", "Kinlink.Data"), Path.Combine(root, "src", "Kinlink.Matching"),
            Path.Combine(root, "src", "Kinlink.Web", "Api"));
        var catalogue = ShippedCatalogue();

        // The scan finds the messages of every module, so an empty or broken scan cannot pass for a complete catalogue.
        Assert.True(messages.Count > 500, $"Only {messages.Count} messages found in the services' source.");
        Assert.Contains("The surname is required.", messages.Keys);
        Assert.Contains("The parcel weighs {0} g; at most {1} g.", messages.Keys);
        var gaps = CatalogueGaps(messages, catalogue);
        Assert.True(gaps.Count == 0, "Resources/ServiceMessages*.resx (see docs/reports.md, \"Adding a message\"):\n" + string.Join("\n", gaps));
    }

    [Fact]
    public void The_scanner_finds_messages_at_every_kind_of_site_and_the_check_names_each_gap()
    {
        const string source = """
            namespace Sample;
            public static class Rules
            {
                public static void Check(IDictionary<string, string[]> errors, string code, int weight, Item item)
                {
                    if (weight > Max) { errors["weight"] = [$"The parcel weighs {weight} g; at most {Max:N0} g."]; }
                    if (code.Length == 0) { throw new ValidationFailedException("code", "Give the code."); }
                    var item = found ?? throw new ConflictException($"{item.Reference} was changed by someone else (version {item.Version}, you had {string.Join(", ", new[] { "a" })}).");
                    rows.Add(new ImportRowError(3, "column 2", @"A ""quoted"" reason."));
                    _ = places.Find(code) ?? throw new NotFoundException("Place", code);
                    // throw new DomainRuleException("x", "A commented-out message.");
                }

                public static string? Refusal(Status status) => status switch
                {
                    Status.Dead => $"The person is already recorded as dead{Since(status)}.",
                    _ => null,
                };

                private const string FieldName = "dateOfBirth";
            }
            """;

        var found = ServiceMessageScanner.Messages(source);

        Assert.Equal(
            new SortedSet<string>(StringComparer.Ordinal)
            {
                "The parcel weighs {0} g; at most {1} g.", "Give the code.", "{0} was changed by someone else (version {1}, you had {2}).",
                "A \"quoted\" reason.", "Place '{0}' was not found.", "The person is already recorded as dead{0}.",
            },
            new SortedSet<string>(found, StringComparer.Ordinal));
        Assert.DoesNotContain("The person is already recorded as dead{0}.", ServiceMessageScanner.Messages(source, sentences: false));

        var catalogue = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["en"] = found.Where(m => m != "Give the code.").ToDictionary(m => m, m => m),
            ["uk"] = found.ToDictionary(m => m, m => m == "A \"quoted\" reason." ? " " : m),
            ["ru"] = found.ToDictionary(m => m, m => m.StartsWith("The parcel", StringComparison.Ordinal) ? "Посылка весит {0} г." : m),
        };
        var gaps = CatalogueGaps(found.ToDictionary(m => m, _ => "Rules.cs"), catalogue);

        Assert.Equal(
            [
                "Give the code. (Rules.cs): no catalogue entry",
                "A \"quoted\" reason.: uk is missing or empty",
                "The parcel weighs {0} g; at most {1} g.: ru has the values {0} instead of {0}, {1}",
            ],
            gaps);
    }

    [Fact]
    public void A_message_without_values_is_translated_whole()
    {
        var translator = Translator(out _, ("The surname is required.", "Укажіть прізвище."));

        Assert.Equal("Укажіть прізвище.", translator.Translate("The surname is required.", Uk));
        Assert.Equal("The surname is required.", translator.Translate("The surname is required.", CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_message_with_one_value_keeps_the_value_as_written()
    {
        var translator = Translator(out _, ("'{0}' is not a date: write YYYY-MM-DD.", "«{0}» — не дата: напишіть РРРР-ММ-ДД."));

        Assert.Equal("«10.12.2026» — не дата: напишіть РРРР-ММ-ДД.", translator.Translate("'10.12.2026' is not a date: write YYYY-MM-DD.", Uk));
    }

    [Fact]
    public void Several_values_go_where_the_translation_puts_them_even_in_another_order()
    {
        var translator = Translator(out _, ("{0} was changed by someone else (version {1}, you had {2}).", "Версія {1} замість {2}: {0} змінено."));

        Assert.Equal("Версія 4 замість 3: VIS-7Q3M-92XD змінено.", translator.Translate("VIS-7Q3M-92XD was changed by someone else (version 4, you had 3).", Uk));
    }

    [Fact]
    public void Of_overlapping_templates_the_most_specific_wins()
    {
        var translator = Translator(out _,
            ("{0} '{1}' was not found.", "Не знайдено: {0} «{1}»."),
            ("Person '{0}' was not found.", "Особу «{0}» не знайдено."));

        Assert.Equal("Особу «KL-7Q3M-92XD» не знайдено.", translator.Translate("Person 'KL-7Q3M-92XD' was not found.", Uk));
        Assert.Equal("Не знайдено: Merge «42».", translator.Translate("Merge '42' was not found.", Uk));
    }

    [Fact]
    public void A_reason_quoted_inside_another_message_and_reasons_joined_in_a_row_are_translated_too()
    {
        var translator = Translator(out _,
            ("'{0}' is not a valid date: {1}", "«{0}» — неправильна дата: {1}"),
            ("The month must be between 1 and 12.", "Місяць має бути від 1 до 12."),
            ("The surname is required.", "Укажіть прізвище."));

        Assert.Equal("«1994-13-40» — неправильна дата: Місяць має бути від 1 до 12.",
            translator.Translate("'1994-13-40' is not a valid date: The month must be between 1 and 12.", Uk));
        Assert.Equal("Укажіть прізвище. Місяць має бути від 1 до 12.", translator.Translate("The surname is required. The month must be between 1 and 12.", Uk));
    }

    [Fact]
    public void A_message_not_in_the_catalogue_is_shown_as_written_and_logged_once()
    {
        var translator = Translator(out var log, ("The surname is required.", "Укажіть прізвище."));

        Assert.Equal("A message nobody catalogued.", translator.Translate("A message nobody catalogued.", Uk));
        Assert.Equal("A message nobody catalogued.", translator.Translate("A message nobody catalogued.", CultureInfo.GetCultureInfo("ru")));
        Assert.Equal("Укажіть прізвище.", translator.Translate("The surname is required.", Uk));

        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("A message nobody catalogued.", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_catalogue_is_read_from_the_web_apps_resources()
    {
        var translator = new MessageTranslator(MessageCatalogue.Shipped, new ListLogger());

        Assert.Equal("Укажіть прізвище.", translator.Translate("The surname is required.", Uk));
        Assert.Equal("Посылка весит 5200 г; можно не более 5000 г.", translator.Translate("The parcel weighs 5200 g; at most 5000 g.", CultureInfo.GetCultureInfo("ru")));
    }

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("uk");

    /// <summary>What is wrong with the catalogue for these messages: an entry missing, or a translation missing, empty or with other values.</summary>
    internal static List<string> CatalogueGaps(IReadOnlyDictionary<string, string> messages, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> catalogue)
    {
        var gaps = new List<string>();
        foreach (var (message, file) in messages.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!catalogue["en"].ContainsKey(message))
            {
                gaps.Add($"{message} ({file}): no catalogue entry");
            }
        }

        foreach (var english in catalogue["en"].Keys.Order(StringComparer.Ordinal))
        {
            var holes = MessageCatalogue.HolesOf(english);
            foreach (var culture in Translated)
            {
                if (!catalogue[culture].TryGetValue(english, out var translated) || string.IsNullOrWhiteSpace(translated))
                {
                    gaps.Add($"{english}: {culture} is missing or empty");
                }
                else if (!MessageCatalogue.HolesOf(translated).SetEquals(holes))
                {
                    gaps.Add($"{english}: {culture} has the values {string.Join(", ", MessageCatalogue.HolesOf(translated).Order(StringComparer.Ordinal))} instead of {string.Join(", ", holes.Order(StringComparer.Ordinal))}");
                }
            }
        }

        return gaps;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ShippedCatalogue() => new(StringComparer.Ordinal)
    {
        ["en"] = UiResources.ReadFile("ServiceMessages.resx"),
        ["uk"] = UiResources.ReadFile("ServiceMessages.uk.resx"),
        ["ru"] = UiResources.ReadFile("ServiceMessages.ru.resx"),
    };

    private static MessageTranslator Translator(out ListLogger log, params (string English, string Ukrainian)[] entries)
    {
        log = new ListLogger();
        var uk = entries.ToDictionary(e => e.English, e => e.Ukrainian, StringComparer.Ordinal);
        var catalogue = new MessageCatalogue(uk.Keys, new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["uk"] = uk,
            ["ru"] = new Dictionary<string, string>(StringComparer.Ordinal),
        });
        return new MessageTranslator(catalogue, log);
    }

    /// <summary>A logger that keeps what it is told, for asserting on.</summary>
    internal sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
