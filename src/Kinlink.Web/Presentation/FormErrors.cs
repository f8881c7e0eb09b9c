using Kinlink.Domain.Common;

namespace Kinlink.Web.Presentation;

/// <summary>
/// The errors of a posted form, shown the GOV.UK way: a summary at the top that links to each field,
/// and the message again beside the field. Field ids are the camel-case names the services use. What a service refused
/// is shown in the reader's language (<see cref="MessageTranslator"/>).
/// </summary>
public sealed class FormErrors
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> All => _errors;

    public bool Any => _errors.Count > 0;

    /// <summary>
    /// Runs a form's action; a refusal (the fields, a domain rule, a version changed meanwhile) is added here, by field,
    /// instead of escaping, and false is returned so the page shows the form again.
    /// </summary>
    public async Task<bool> TryAsync(Func<Task> act, Func<string, string>? rename = null)
    {
        ArgumentNullException.ThrowIfNull(act);
        try
        {
            await act();
            return true;
        }
        catch (Exception refusal) when (AddRefusal(refusal, rename))
        {
            return false;
        }
    }

    /// <summary>Adds a message the page wrote itself, already in the reader's language.</summary>
    public void Add(string field, string message) => _errors.Add(new FieldError(FieldId(field), message));

    /// <summary>Adds the message of a service's refusal, put into the reader's language.</summary>
    public void Add(string field, Exception refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        AddServiceMessage(field, refusal.Message);
    }

    private void AddServiceMessage(string field, string message) => Add(field, MessageTranslator.InReadersLanguage(message));

    /// <summary>Adds every message of a validation failure; <paramref name="rename"/> maps a service field to a form control.</summary>
    public void Add(ValidationFailedException failure, Func<string, string>? rename = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        foreach (var (field, messages) in failure.Errors)
        {
            var id = FieldId(field);
            foreach (var message in messages)
            {
                AddServiceMessage(rename?.Invoke(id) ?? id, message);
            }
        }
    }

    /// <summary>
    /// Shows what a service refused a form for, by field: invalid input, a domain rule, or a change made meanwhile (on
    /// "version"). False for any other exception, so a page can write <c>catch (Exception e) when (Errors.AddRefusal(e))</c>.
    /// </summary>
    public bool AddRefusal(Exception refusal, Func<string, string>? rename = null)
    {
        switch (refusal)
        {
            case ValidationFailedException failure:
                Add(failure, rename);
                return true;
            case DomainRuleException rule:
                Add(rename?.Invoke(rule.Field) ?? rule.Field, rule);
                return true;
            case ConflictException conflict:
                Add("version", conflict);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The message shown beside a field, or null when it has none.</summary>
    public string? For(string field)
    {
        var messages = _errors.Where(e => e.Field == field).Select(e => e.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>The services name fields in camel case (givenName) but a few rules use snake case (service_number).</summary>
    public static string FieldId(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var parts = field.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return field;
        }

        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
