using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Passerelle.Web.Platform.Ui;

/// <summary>Model binding's own messages (a value that is not a number, an unknown choice…), in French.</summary>
public static class MessagesValidation
{
    public static void Configurer(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((valeur, champ) => $"La valeur « {valeur} » n'est pas valide pour ce champ.");
        messages.SetMissingBindRequiredValueAccessor(champ => "Ce champ est obligatoire.");
        messages.SetMissingKeyOrValueAccessor(() => "Une valeur est obligatoire.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le corps de la requête est obligatoire.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(valeur => $"La valeur « {valeur} » n'est pas valide.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "La valeur doit être un nombre.");
        messages.SetUnknownValueIsInvalidAccessor(champ => "La valeur saisie n'est pas valide pour ce champ.");
        messages.SetValueIsInvalidAccessor(valeur => $"La valeur « {valeur} » n'est pas valide.");
        messages.SetValueMustBeANumberAccessor(champ => "Ce champ doit contenir un nombre.");
        messages.SetValueMustNotBeNullAccessor(valeur => "Ce champ est obligatoire.");
    }
}
