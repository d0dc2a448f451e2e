using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>
/// The identity and initial password of a new account, with the rules every new account follows
/// whoever creates it: a département's administrator, or the platform administrator who opens a
/// département with its first administrator.
/// </summary>
public class SaisieNouveauCompte
{
    [Required(ErrorMessage = "Saisissez le prénom.")]
    [StringLength(100, ErrorMessage = "Le prénom comporte au plus 100 caractères.")]
    public string Prenom { get; set; } = "";

    [Required(ErrorMessage = "Saisissez le nom.")]
    [StringLength(100, ErrorMessage = "Le nom comporte au plus 100 caractères.")]
    public string Nom { get; set; } = "";

    [Required(ErrorMessage = "Saisissez l'adresse électronique.")]
    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide.")]
    [StringLength(256, ErrorMessage = "L'adresse électronique comporte au plus 256 caractères.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Saisissez un mot de passe initial.")]
    public string MotDePasse { get; set; } = "";

    /// <summary>Reports every problem at once, under <paramref name="prefixe"/>: e-mail already taken, password rules.</summary>
    public async Task VerifierAsync(UserManager<Utilisateur> users, ModelStateDictionary etat, string prefixe)
    {
        var emailValide = etat.GetFieldValidationState($"{prefixe}.Email") == ModelValidationState.Valid;
        if (emailValide && await users.FindByEmailAsync(Email.Trim()) is not null)
            etat.AddModelError($"{prefixe}.Email", ErreursCompte.EmailDejaUtilise);
        if (string.IsNullOrEmpty(MotDePasse)) return;
        // The rules do not depend on the account: a blank one lets them run before it exists.
        var brouillon = new Utilisateur { Prenom = "", Nom = "" };
        foreach (var validateur in users.PasswordValidators)
            etat.Reporter(await validateur.ValidateAsync(users, brouillon, MotDePasse), prefixe);
    }

    /// <summary>The account as typed, in <paramref name="departementId"/>; not saved yet, so habilitations can be added first.</summary>
    public Utilisateur Compte(int departementId)
    {
        var email = Email.Trim();
        return new Utilisateur
        {
            Prenom = Prenom.Trim(),
            Nom = Nom.Trim(),
            Email = email,
            UserName = email,
            EmailConfirmed = true,
            DepartementId = departementId,
        };
    }

    /// <summary>Saves the account with its password; Identity's refusals (e.g. an e-mail taken meanwhile) go next to their field.</summary>
    public async Task<bool> CreerAsync(UserManager<Utilisateur> users, Utilisateur compte, ModelStateDictionary etat, string prefixe)
    {
        var resultat = await users.CreateAsync(compte, MotDePasse);
        etat.Reporter(resultat, prefixe);
        return resultat.Succeeded;
    }
}
