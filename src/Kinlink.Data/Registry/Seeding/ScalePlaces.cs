using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// The places of detention of a scale data set: about one per 1,500 persons, half held by each party, coded as the
/// demo's are (RU-LVP-02, UA-TAB-01 …): a tenth transit points, a sixth hospitals, the rest camps, colonies and
/// pre-trial centres.
/// </summary>
internal sealed class ScalePlaces
{
    public const int PersonsPerPlace = 1_500;

    private ScalePlaces(Party holder, List<PlaceOfDetention> places)
    {
        Holder = holder;
        All = places;
        Transit = places.Where(p => p.Kind == PlaceKind.TransitPoint).ToList();
        Hospitals = places.Where(p => p.Kind == PlaceKind.Hospital).ToList();
        Detention = places.Where(p => p.Kind is PlaceKind.Camp or PlaceKind.PenalColony or PlaceKind.PreTrialCentre).ToList();
    }

    public Party Holder { get; }

    public IReadOnlyList<PlaceOfDetention> All { get; }

    public IReadOnlyList<PlaceOfDetention> Transit { get; }

    public IReadOnlyList<PlaceOfDetention> Hospitals { get; }

    public IReadOnlyList<PlaceOfDetention> Detention { get; }

    public static ScalePlaces For(Party holder, int persons, bool russian)
    {
        var count = Math.Max(6, persons / PersonsPerPlace / 2);
        var transit = Math.Max(1, count / 10);
        var hospitals = Math.Max(1, count / 6);
        var places = new List<PlaceOfDetention>(count);
        for (var i = 1; i <= count; i++)
        {
            var (kind, code, name) = i <= transit
                ? (PlaceKind.TransitPoint, russian ? "PVS" : "PTU", russian ? "Пункт временного содержания" : "Пункт тимчасового утримання")
                : i <= transit + hospitals
                    ? (PlaceKind.Hospital, russian ? "GVP" : "GVP", russian ? "Госпиталь для военнопленных" : "Госпіталь для військовополонених")
                    : (i % 3) switch
                    {
                        0 => (PlaceKind.PenalColony, russian ? "IK" : "VK", russian ? "Исправительная колония" : "Виправна колонія"),
                        1 => (PlaceKind.Camp, russian ? "LVP" : "TAB", russian ? "Лагерь содержания военнопленных" : "Табір для військовополонених"),
                        _ => (PlaceKind.PreTrialCentre, "SIZO", russian ? "Следственный изолятор" : "Слідчий ізолятор"),
                    };
            var region = Regions(russian)[i % Regions(russian).Length];
            places.Add(PlaceOfDetention.Create(
                new PlaceDetails($"{holder.Code}-{code}-{i:D3}", $"{name} № {i}", null, kind, region, russian ? $"а/я {i}" : $"а/с {i}", Capacity: 500 + (i * 37 % 1500)),
                holder.Id));
        }

        return new ScalePlaces(holder, places);
    }

    private static string[] Regions(bool russian) => russian
        ? ["Ростовская область", "Курская область", "Брянская область", "Тульская область", "Саратовская область", "Республика Мордовия", "Тверская область", "Воронежская область"]
        : ["Львівська область", "Волинська область", "Закарпатська область", "Хмельницька область", "Житомирська область", "Вінницька область", "Київська область"];
}
