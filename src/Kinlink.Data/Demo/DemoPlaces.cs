using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>
/// Invented places of detention. The regions are real; the facility numbers and codes are made up and claim
/// nothing about any real facility. Coordinates, where given, are near the regional centre.
/// </summary>
internal static class DemoPlaces
{
    /// <summary>Places held by Russia, named in Russian.</summary>
    public static IReadOnlyList<DemoPlace> HeldByRussia { get; } =
    [
        new("RU-IK-10", "Исправительная колония № 10", PlaceKind.PenalColony, "Ростовская область", "а/я 10", 1200, 47.31, 39.88),
        new("RU-IK-17", "Исправительная колония № 17", PlaceKind.PenalColony, "Курская область", "а/я 17", 900, 51.69, 36.05),
        new("RU-IK-23", "Исправительная колония № 23", PlaceKind.PenalColony, "Брянская область", "а/я 23", 1000),
        new("RU-IK-31", "Исправительная колония № 31", PlaceKind.PenalColony, "Тульская область", "а/я 31", 850, 54.12, 37.70),
        new("RU-IK-38", "Исправительная колония № 38", PlaceKind.PenalColony, "Саратовская область", "а/я 38", 1100),
        new("RU-IK-44", "Исправительная колония № 44", PlaceKind.PenalColony, "Пензенская область", "а/я 44", 700, IsOpen: false),
        new("RU-IK-52", "Исправительная колония № 52", PlaceKind.PenalColony, "Республика Мордовия", "а/я 52", 950, 54.21, 45.03),
        new("RU-LVP-02", "Лагерь содержания военнопленных № 2", PlaceKind.Camp, "Воронежская область", "а/я 202", 1500, 51.60, 39.31),
        new("RU-LVP-05", "Лагерь содержания военнопленных № 5", PlaceKind.Camp, "Белгородская область", "а/я 205", 1200),
        new("RU-LVP-08", "Лагерь содержания военнопленных № 8", PlaceKind.Camp, "Тамбовская область", "а/я 208", 1300, 52.80, 41.33),
        new("RU-SIZO-6TG", "СИЗО-6 г. Таганрог", PlaceKind.PreTrialCentre, "Ростовская область", "а/я 6", 600, 47.24, 38.85),
        new("RU-SIZO-11", "Следственный изолятор № 11", PlaceKind.PreTrialCentre, "Воронежская область", "а/я 11", 500),
        new("RU-SIZO-13", "Следственный изолятор № 13", PlaceKind.PreTrialCentre, "Липецкая область", "а/я 13", 450, 52.55, 39.52),
        new("RU-SIZO-19", "Следственный изолятор № 19", PlaceKind.PreTrialCentre, "Республика Мордовия", "а/я 19", 400),
        new("RU-GVP-3", "Госпиталь для военнопленных № 3", PlaceKind.Hospital, "Ростовская область", "", 250, 47.20, 39.65),
        new("RU-GVP-5", "Госпиталь для военнопленных № 5", PlaceKind.Hospital, "Белгородская область", "", 180, 50.62, 36.52),
        new("RU-GVP-9", "Госпиталь для военнопленных № 9", PlaceKind.Hospital, "Брянская область", "", 150),
        new("RU-PVS-01", "Пункт временного содержания № 1", PlaceKind.TransitPoint, "Белгородская область", "", 150, 50.55, 36.70),
        new("RU-PVS-04", "Пункт временного содержания № 4", PlaceKind.TransitPoint, "Курская область", "", 120),
        new("RU-PVS-07", "Пункт временного содержания № 7", PlaceKind.TransitPoint, "Брянская область", "", 100, IsOpen: false),
    ];

    /// <summary>Places held by Ukraine, named in Ukrainian.</summary>
    public static IReadOnlyList<DemoPlace> HeldByUkraine { get; } =
    [
        new("UA-TAB-01", "Табір для військовополонених № 1", PlaceKind.Camp, "Львівська область", "а/с 101", 1400, 49.79, 24.10),
        new("UA-TAB-03", "Табір для військовополонених № 3", PlaceKind.Camp, "Волинська область", "а/с 103", 1000, 50.70, 25.40),
        new("UA-TAB-05", "Табір для військовополонених № 5", PlaceKind.Camp, "Закарпатська область", "а/с 105", 800),
        new("UA-TAB-07", "Табір для військовополонених № 7", PlaceKind.Camp, "Хмельницька область", "а/с 107", 1100, 49.38, 27.05),
        new("UA-TAB-09", "Табір для військовополонених № 9", PlaceKind.Camp, "Житомирська область", "а/с 109", 600, IsOpen: false),
        new("UA-TAB-11", "Табір для військовополонених № 11", PlaceKind.Camp, "Вінницька область", "а/с 111", 1200),
        new("UA-SIZ-04", "Слідчий ізолятор № 4", PlaceKind.PreTrialCentre, "Київська область", "а/с 4", 500, 50.40, 30.40),
        new("UA-SIZ-08", "Слідчий ізолятор № 8", PlaceKind.PreTrialCentre, "Полтавська область", "а/с 8", 450),
        new("UA-SIZ-12", "Слідчий ізолятор № 12", PlaceKind.PreTrialCentre, "Черкаська область", "а/с 12", 400, 49.47, 32.00),
        new("UA-SIZ-16", "Слідчий ізолятор № 16", PlaceKind.PreTrialCentre, "Дніпропетровська область", "а/с 16", 550),
        new("UA-VK-22", "Виправна колонія № 22", PlaceKind.PenalColony, "Рівненська область", "а/с 22", 900, 50.58, 26.30),
        new("UA-VK-27", "Виправна колонія № 27", PlaceKind.PenalColony, "Тернопільська область", "а/с 27", 850),
        new("UA-VK-33", "Виправна колонія № 33", PlaceKind.PenalColony, "Кіровоградська область", "а/с 33", 950, 48.55, 32.20),
        new("UA-LIK-02", "Лікарня для військовополонених № 2", PlaceKind.Hospital, "Київська область", "", 220, 50.47, 30.60),
        new("UA-LIK-06", "Лікарня для військовополонених № 6", PlaceKind.Hospital, "Дніпропетровська область", "", 200, 48.50, 35.00),
        new("UA-LIK-10", "Лікарня для військовополонених № 10", PlaceKind.Hospital, "Полтавська область", "", 160),
        new("UA-PTT-01", "Пункт тимчасового тримання № 1", PlaceKind.TransitPoint, "Харківська область", "", 150, 49.95, 36.30),
        new("UA-PTT-02", "Пункт тимчасового тримання № 2", PlaceKind.TransitPoint, "Сумська область", "", 120),
        new("UA-PTT-05", "Пункт тимчасового тримання № 5", PlaceKind.TransitPoint, "Запорізька область", "", 130, 47.80, 35.20),
        new("UA-PTT-08", "Пункт тимчасового тримання № 8", PlaceKind.TransitPoint, "Донецька область", "", 100, IsOpen: false),
    ];
}
