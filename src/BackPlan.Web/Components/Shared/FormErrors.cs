using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Components.Shared;

public static class FormErrors
{
    /// <summary>Shows validation errors (property → English messages) beside their fields, translated.</summary>
    public static void Show(this ValidationMessageStore store, EditContext context, IReadOnlyDictionary<string, string[]> errors, IStringLocalizer localizer)
    {
        store.Clear();
        foreach (var (field, list) in errors)
        {
            foreach (var message in list)
            {
                store.Add(context.Field(field), localizer[message]);
            }
        }

        context.NotifyValidationStateChanged();
    }
}
