using System.Globalization;
using System.Text;
using Kinlink.Matching.Engine;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// A person's prepared name forms as one text (<see cref="Persistence.PersonMatchSubject.Forms"/>): each form's
/// <see cref="PreparedRecord.Encode"/> behind its length and a colon, so no character of a form can end it early.
/// </summary>
public static class MatchForms
{
    public static string Join(IEnumerable<PreparedRecord> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var text = new StringBuilder();
        foreach (var form in forms)
        {
            var encoded = form.Encode();
            text.Append(encoded.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(encoded);
        }

        return text.ToString();
    }

    /// <summary>The forms of <see cref="Join"/>, each as scoring reads it; <paramref name="firstOnly"/> reads only the current name.</summary>
    /// <exception cref="FormatException">The text was not written by <see cref="Join"/>.</exception>
    public static List<PreparedRecord> Split(string id, string forms, bool firstOnly = false)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var records = new List<PreparedRecord>(2);
        var position = 0;
        while (position < forms.Length)
        {
            var colon = forms.IndexOf(':', position);
            if (colon < 0 || !int.TryParse(forms.AsSpan(position, colon - position), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || colon + 1 + length > forms.Length)
            {
                throw new FormatException($"Stored name forms of {id}: no valid length at character {position}.");
            }

            records.Add(PreparedRecord.Decode(id, forms.Substring(colon + 1, length)));
            position = colon + 1 + length;
            if (firstOnly)
            {
                break;
            }
        }

        return records;
    }
}
