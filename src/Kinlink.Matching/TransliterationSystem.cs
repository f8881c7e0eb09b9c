namespace Kinlink.Matching;

/// <summary>
/// The romanisations a registry meets in passports, lists and hand-filled forms. Each one is a
/// separate table because records keep whichever spelling the document that was copied had.
/// </summary>
public enum TransliterationSystem
{
    /// <summary>Ukrainian national system, KMU Resolution 55 of 2010 (Ukrainian passports since 2010).</summary>
    UkrainianNational2010,

    /// <summary>BGN/PCGN 1965 for Ukrainian: the "-iy" spellings of older Ukrainian passports and Western documents.</summary>
    UkrainianBgnPcgn1965,

    /// <summary>ICAO Doc 9303, Russian passports since 2013/14.</summary>
    RussianIcao9303,

    /// <summary>GOST R 52535.1-2006, Russian passports from March 2010 to 2013/14 (ц as tc).</summary>
    RussianGost52535,

    /// <summary>MVD order 310 of 1997, Russian passports from 1997 to 2010 (й as y, я as ya).</summary>
    RussianPassport1997,

    /// <summary>GOST 7.79-2000 system B, used in libraries and some registers (х as x, щ as shh).</summary>
    RussianGost779B,

    /// <summary>BGN/PCGN 1947 for Russian, used in English-language maps and press (ye after vowels).</summary>
    RussianBgnPcgn,
}
