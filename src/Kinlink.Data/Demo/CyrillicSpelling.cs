using System.Text;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>
/// How a list of one party respells a name from the other language: a Russian list writes a Ukrainian surname
/// with Russian letters (Олійник → Олейник, Лук'яненко → Лукьяненко) and a Ukrainian list writes a Russian
/// surname with Ukrainian ones (Смирнов → Смірнов, Соловьёв → Соловйов). The rules cover the surnames in
/// <see cref="DemoNames"/>; where usage departs from the letter rules, an exception table says how.
/// </summary>
internal static class CyrillicSpelling
{
    private const string Vowels = "аеёиоуыэюяіїє";

    private static readonly Dictionary<string, string> RussianToUkrainianExceptions = new(StringComparer.Ordinal)
    {
        ["Васильев"] = "Васильєв",
        ["Григорьев"] = "Григор'єв",
        ["Дмитриев"] = "Дмитрієв",
        ["Тимофеев"] = "Тимофєєв",
        ["Семёнов"] = "Семенов",
        ["Фёдоров"] = "Федоров",
        ["Лукьянов"] = "Лук'янов",
        ["Михайлов"] = "Михайлов",
        ["Кириллов"] = "Кирилов",
        ["Вишневский"] = "Вишневський",
        ["Виноградов"] = "Виноградов",
        ["Филиппов"] = "Філіпов",
    };

    private static readonly Dictionary<string, string> UkrainianToRussianExceptions = new(StringComparer.Ordinal)
    {
        ["Олійник"] = "Олейник",
        ["Білоус"] = "Белоус",
        ["Чорний"] = "Черный",
        ["Чорновол"] = "Черновол",
        ["Підгорний"] = "Подгорный",
        ["Білик"] = "Белик",
    };

    /// <summary>A Russian surname (masculine) as a Ukrainian list writes it.</summary>
    public static string RussianToUkrainian(string surname)
    {
        if (RussianToUkrainianExceptions.TryGetValue(surname, out var known))
        {
            return known;
        }

        var word = surname.ToLowerInvariant();
        var output = new StringBuilder(word.Length + 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var previous = i > 0 ? word[i - 1] : '\0';
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            var atEnd = word.Length - i;
            output.Append(c switch
            {
                'и' when next == 'й' && atEnd == 2 => "и",
                'и' when "жчшщц".Contains(previous, StringComparison.Ordinal) => "и",
                'и' when previous == 'ь' || (previous != '\0' && Vowels.Contains(previous, StringComparison.Ordinal)) => "ї",
                'и' => "і",
                'ы' => "и",
                'э' => "е",
                'ъ' => "'",
                'е' when previous == '\0' || previous == 'ь' || Vowels.Contains(previous, StringComparison.Ordinal) => "є",
                // The -ев and -еев endings are -єв and -єєв in Ukrainian spelling, except after a hushing consonant or ц.
                'е' when "жчшщц".Contains(previous, StringComparison.Ordinal) => "е",
                'е' when (atEnd == 2 && next == 'в') || (atEnd == 3 && next == 'е' && word[^1] == 'в') => "є",
                'ё' when previous == '\0' || previous == 'ь' || Vowels.Contains(previous, StringComparison.Ordinal) => "йо",
                'ё' when "жчшщ".Contains(previous, StringComparison.Ordinal) => "о",
                'ё' => "ьо",
                'ь' when next == 'ё' => "",
                'ь' when next is 'е' or 'я' && "бпвмфр".Contains(previous, StringComparison.Ordinal) => "'",
                _ => c.ToString(),
            });
        }

        var result = output.ToString();
        if (result.EndsWith("ский", StringComparison.Ordinal) || result.EndsWith("цкий", StringComparison.Ordinal))
        {
            result = result[..^3] + "ький";
        }

        return Capitalise(result);
    }

    /// <summary>A Ukrainian surname (masculine) as a Russian list writes it.</summary>
    public static string UkrainianToRussian(string surname)
    {
        if (UkrainianToRussianExceptions.TryGetValue(surname, out var known))
        {
            return known;
        }

        var word = surname.ToLowerInvariant();
        if (word.EndsWith("ський", StringComparison.Ordinal) || word.EndsWith("цький", StringComparison.Ordinal))
        {
            word = word[..^4] + "кий";
        }

        var output = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            output.Append(c switch
            {
                'і' or 'ї' => "и",
                'є' => "е",
                'ґ' => "г",
                '\'' or '’' or 'ʼ' => "ь",
                // Russian writes no soft sign after ц: Швець → Швец.
                'ь' when i > 0 && word[i - 1] == 'ц' => "",
                _ => c.ToString(),
            });
        }

        return Capitalise(output.ToString());
    }

    /// <summary>The feminine form of a masculine surname, in the language it is written in.</summary>
    public static string Feminine(string surname, bool ukrainian)
    {
        string[] addA = ["ов", "ев", "ёв", "єв", "ин", "ын", "ін", "їн"];
        if (addA.Any(ending => surname.EndsWith(ending, StringComparison.Ordinal)))
        {
            return surname + "а";
        }

        if (surname.EndsWith("ський", StringComparison.Ordinal) || surname.EndsWith("цький", StringComparison.Ordinal))
        {
            return surname[..^2] + "а";
        }

        if (surname.EndsWith("ский", StringComparison.Ordinal) || surname.EndsWith("цкий", StringComparison.Ordinal)
            || surname.EndsWith("ый", StringComparison.Ordinal))
        {
            return surname[..^2] + "ая";
        }

        if (ukrainian && surname.EndsWith("ий", StringComparison.Ordinal))
        {
            return surname[..^2] + "а";
        }

        // -енко, -чук, -ник, Коваль, Мороз: the same for women.
        return surname;
    }

    /// <summary>The Russian patronymic made from the father's Russian given name.</summary>
    public static string RussianPatronymic(string father, Sex sex)
    {
        var female = sex == Sex.Female;
        switch (father)
        {
            case "Илья":
                return female ? "Ильинична" : "Ильич";
            case "Никита":
                return female ? "Никитична" : "Никитич";
            case "Яков":
                return female ? "Яковлевна" : "Яковлевич";
            case "Павел":
                return female ? "Павловна" : "Павлович";
            case "Пётр":
                return female ? "Петровна" : "Петрович";
            case "Михаил":
                return female ? "Михайловна" : "Михайлович";
            case "Дмитрий":
                return female ? "Дмитриевна" : "Дмитриевич";
        }

        string stem;
        bool soft;
        if (father.EndsWith("ий", StringComparison.Ordinal))
        {
            (stem, soft) = (father[..^2] + "ь", true);
        }
        else if (father.EndsWith("ей", StringComparison.Ordinal) || father.EndsWith("ай", StringComparison.Ordinal))
        {
            (stem, soft) = (father[..^1], true);
        }
        else if (father.EndsWith('ь'))
        {
            (stem, soft) = (father[..^1], true);
        }
        else
        {
            (stem, soft) = (father, false);
        }

        return stem + (soft ? "е" : "о") + (female ? "вна" : "вич");
    }

    /// <summary>The Ukrainian patronymic made from the father's Ukrainian given name.</summary>
    public static string UkrainianPatronymic(string father, Sex sex)
    {
        var female = sex == Sex.Female;
        switch (father)
        {
            case "Микола":
                return female ? "Миколаївна" : "Миколайович";
            case "Григорій":
                return female ? "Григорівна" : "Григорович";
            case "Ілля":
                return female ? "Іллівна" : "Ілліч";
            case "Яків":
                return female ? "Яківна" : "Якович";
            case "Федір":
                return female ? "Федорівна" : "Федорович";
        }

        if (father.EndsWith("ій", StringComparison.Ordinal))
        {
            return father[..^1] + (female ? "ївна" : "йович");
        }

        if (father.EndsWith('о') || father.EndsWith('а'))
        {
            return father[..^1] + (female ? "івна" : "ович");
        }

        if (father.EndsWith('ь'))
        {
            return female ? father[..^1] + "івна" : father + "ович";
        }

        return father + (female ? "івна" : "ович");
    }

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
