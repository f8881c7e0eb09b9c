using Kinlink.Data.Exchanges;
using Kinlink.Web.Presentation;

namespace Kinlink.Web.Pages.Deaths;

/// <summary>What the notification's fields show: the values as entered (or as recorded, to correct) and the errors by field.</summary>
public sealed record DeathNotificationForm(DeathNotificationInput Input, FormErrors Errors);
