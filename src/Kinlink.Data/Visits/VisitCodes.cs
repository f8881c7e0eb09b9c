using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>The text codes of the visits' enumerations in the API, forms and the visit sheet, kebab-case like the registry's.</summary>
public static class VisitCodes
{
    public static string Of(VisitNotSeenReason reason) => reason switch
    {
        VisitNotSeenReason.None => "",
        VisitNotSeenReason.TransferredElsewhere => "transferred-elsewhere",
        VisitNotSeenReason.Released => "released",
        VisitNotSeenReason.InHospital => "in-hospital",
        VisitNotSeenReason.AuthorityRefused => "authority-refused",
        VisitNotSeenReason.PersonDeclined => "person-declined",
        VisitNotSeenReason.NotFoundAtPlace => "not-found-at-place",
        VisitNotSeenReason.NoTime => "no-time",
        VisitNotSeenReason.Other => "other",
    };

    public static string Of(VisitFollowUpKind kind) => kind switch
    {
        VisitFollowUpKind.MedicalReferral => "medical-referral",
        VisitFollowUpKind.MessageToDeliver => "message-to-deliver",
        VisitFollowUpKind.FamilyToInform => "family-to-inform",
        VisitFollowUpKind.QuestionToAuthority => "question-to-authority",
        VisitFollowUpKind.Other => "other",
    };

    public static string Of(VisitFollowUpState state) => state switch
    {
        VisitFollowUpState.Open => "open",
        VisitFollowUpState.InProgress => "in-progress",
        VisitFollowUpState.Done => "done",
        VisitFollowUpState.Cancelled => "cancelled",
    };

    public static bool TryParse<T>(string? text, Func<T, string> code, out T value)
        where T : struct, Enum => RegistryCodes.TryParseCode(text, code, out value);

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum => RegistryCodes.List(code);

    /// <summary>Reads a code, or names the field and the codes it takes.</summary>
    public static T Parse<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum =>
        TryParse(text, code, out T value) && code(value).Length > 0
            ? value
            : throw new ValidationFailedException(field, $"'{text}' is not {what}: use {List(code)}.");

    /// <summary>A yes/no cell of the visit sheet: yes/no, true/false, 1/0, так/ні, да/нет, in any case.</summary>
    public static bool TryParseYesNo(string? text, out bool value)
    {
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "1" or "так" or "да":
                value = true;
                return true;
            case "no" or "n" or "false" or "0" or "ні" or "нет":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
