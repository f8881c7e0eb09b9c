namespace Kinlink.Data.Demo;

/// <summary>Synthetic third-country nationals: foreign volunteers with Ukraine's forces and with Russia's.</summary>
internal static class DemoForeigners
{
    /// <summary>Nationals of third countries who depend on Ukraine (held by Russia).</summary>
    public static IReadOnlyList<ForeignOrigin> WithUkraine { get; } =
    [
        new("United Kingdom", "английский", "англійська",
            ["James", "Thomas", "Daniel", "Matthew", "Ryan", "Callum", "Liam", "Oliver"],
            ["Harrison", "Fletcher", "Bennett", "Hughes", "Turner", "Marsh", "Whitfield", "Pearson"],
            ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich"]),
        new("United States", "английский", "англійська",
            ["Michael", "Tyler", "Brandon", "Kevin", "Joshua", "Austin"],
            ["Walker", "Reed", "Sullivan", "Cooper", "Brooks", "Hayes", "Dalton"],
            ["Denver", "Tulsa", "Columbus", "Spokane", "Omaha"]),
        new("Georgia", "грузинский, русский", "грузинська, російська",
            ["Giorgi", "Levan", "Davit", "Irakli", "Nikoloz", "Zurab"],
            ["Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Lomidze", "Abashidze"],
            ["Tbilisi", "Kutaisi", "Batumi", "Rustavi"]),
        new("Colombia", "испанский", "іспанська",
            ["Andrés", "Carlos", "Luis", "Jorge", "Julián", "Sebastián"],
            ["Rodríguez", "Gómez", "Ramírez", "Castaño", "Ospina", "Valencia"],
            ["Medellín", "Cali", "Pereira", "Bucaramanga"]),
        new("Poland", "польский", "польська",
            ["Piotr", "Tomasz", "Krzysztof", "Marcin", "Paweł"],
            ["Nowak", "Kowalczyk", "Wiśniewski", "Zieliński", "Dąbrowski", "Lewandowski"],
            ["Lublin", "Rzeszów", "Kraków", "Białystok"]),
        new("Croatia", "хорватский", "хорватська",
            ["Marko", "Tomislav", "Ivan", "Josip", "Luka"],
            ["Horvat", "Babić", "Kovačević", "Marić", "Jurić"],
            ["Split", "Zadar", "Osijek", "Rijeka"]),
    ];

    /// <summary>Nationals of third countries who depend on Russia (held by Ukraine).</summary>
    public static IReadOnlyList<ForeignOrigin> WithRussia { get; } =
    [
        new("Nepal", "непальский", "непальська",
            ["Ram", "Sunil", "Bikash", "Prakash", "Suresh", "Dil", "Rajan"],
            ["Gurung", "Thapa", "Magar", "Rai", "Tamang", "Limbu", "Shrestha"],
            ["Pokhara", "Dharan", "Butwal", "Hetauda"]),
        new("Cuba", "испанский", "іспанська",
            ["Yoandry", "Osmany", "Yuniel", "Reinaldo", "Yasmani", "Dayron"],
            ["Pérez", "Fernández", "Castillo", "Díaz", "Hernández", "Quintero"],
            ["Holguín", "Camagüey", "Santiago de Cuba", "Matanzas"]),
        new("Serbia", "сербский", "сербська",
            ["Nikola", "Stefan", "Miloš", "Dragan", "Nemanja"],
            ["Jovanović", "Petrović", "Nikolić", "Marković", "Stojanović"],
            ["Niš", "Kragujevac", "Novi Sad", "Čačak"]),
        new("Sri Lanka", "сингальский", "сингальська",
            ["Nuwan", "Chaminda", "Kasun", "Ruwan", "Lahiru"],
            ["Perera", "Fernando", "Silva", "Jayasinghe", "Bandara"],
            ["Kandy", "Galle", "Kurunegala", "Matara"]),
    ];
}
