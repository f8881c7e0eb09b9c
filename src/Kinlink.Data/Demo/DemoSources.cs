using System.Globalization;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>
/// The lists the demo data came from: each detaining party's half-yearly notification lists, the intermediary's
/// yearly registration cards, and one list per exchange of prisoners. Created as the generator first needs them,
/// and given their totals at the end, so the source pages show what each list brought in.
/// </summary>
internal sealed class DemoSources
{
    private static readonly DateOnly FirstExchange = new(2022, 4, 10);

    private readonly Dictionary<string, SourceList> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<SourceListId, Tally> _tallies = [];
    private readonly Party _intermediary;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;

    public DemoSources(Party intermediary, Random random, DateTimeOffset now)
    {
        _intermediary = intermediary;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
        var exchanges = new List<DateOnly>();
        for (var date = FirstExchange.AddDays(random.Next(0, 20)); date <= _today.AddDays(-5); date = date.AddDays(random.Next(35, 95)))
        {
            exchanges.Add(date);
        }

        ExchangeDates = exchanges;
    }

    /// <summary>The days prisoners were exchanged, in order.</summary>
    public IReadOnlyList<DateOnly> ExchangeDates { get; }

    public IReadOnlyList<SourceList> All => [.. _lists.Values];

    /// <summary>The detaining party's list that reported an event of this date: lists close at the end of March and of September.</summary>
    public SourceList Notification(Party holder, DateOnly eventDate)
    {
        var (year, month) = eventDate.Month switch
        {
            <= 3 => (eventDate.Year, 3),
            <= 9 => (eventDate.Year, 9),
            _ => (eventDate.Year + 1, 3),
        };
        var closes = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        if (closes >= _today)
        {
            // The current period's list is the one received this month.
            (year, month, closes) = (_today.Year, _today.Month, _today);
        }

        var period = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        return Get(
            $"Notification list {holder.Code} {period}",
            $"notification-list-{holder.Code.ToLowerInvariant()}-{period}.xlsx",
            holder.Id,
            closes.AddDays(12));
    }

    /// <summary>The intermediary's registration cards of the year (filled in on visits to places of detention).</summary>
    public SourceList Registration(DateOnly eventDate) =>
        Get(
            string.Create(CultureInfo.InvariantCulture, $"Registration cards KL {eventDate.Year}"),
            string.Create(CultureInfo.InvariantCulture, $"registration-cards-kl-{eventDate.Year}.csv"),
            _intermediary.Id,
            new DateOnly(eventDate.Year, 12, 31).AddDays(3));

    /// <summary>The list of persons handed over in the exchange of that day, as the intermediary confirmed it.</summary>
    public SourceList Exchange(DateOnly exchangeDate)
    {
        var day = exchangeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Get($"Exchange list KL {day}", $"exchange-list-kl-{day}.csv", _intermediary.Id, exchangeDate.AddDays(1));
    }

    public void PersonCreated(SourceList list, PersonId person)
    {
        var tally = _tallies[list.Id];
        tally.Created++;
        tally.Persons.Add(person);
    }

    public void EventAdded(SourceList list, PersonId person)
    {
        var tally = _tallies[list.Id];
        tally.Events++;
        tally.Persons.Add(person);
    }

    public void PersonUpdated(SourceList list, PersonId person) => _tallies[list.Id].Persons.Add(person);

    /// <summary>Writes each list's totals, as an import would have: one row per event or name it brought.</summary>
    public void RecordOutcomes()
    {
        foreach (var list in _lists.Values)
        {
            var tally = _tallies[list.Id];
            var rows = Math.Max(tally.Events, tally.Persons.Count);
            list.RecordOutcome(rows, rows, 0, tally.Created, tally.Persons.Count - tally.Created, tally.Events);
        }
    }

    private SourceList Get(string label, string fileName, PartyId partyId, DateOnly received)
    {
        if (!_lists.TryGetValue(label, out var list))
        {
            var importedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            // No file stands behind a demo list, so there is no content hash to recognise it by.
            list = SourceList.Create(label, fileName, partyId, "", importedAt < _now ? importedAt : _now, Actor.System);
            _lists.Add(label, list);
            _tallies.Add(list.Id, new Tally());
        }

        return list;
    }

    private sealed class Tally
    {
        public int Events { get; set; }

        public int Created { get; set; }

        public HashSet<PersonId> Persons { get; } = [];
    }
}
