using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces.MotsDePasse;

/// <summary>
/// Refuses the passwords an attacker tries first: those of a local list (the most common ones, French words,
/// the names of the application and of the domain) and the name of the user's département, compared without
/// case or accents, whole or stripped of digits and symbols ("Azerty2026!" is "azerty"). No network call.
/// </summary>
internal sealed class MotsDePasseCourants(AppDbContext db) : IPasswordValidator<Utilisateur>
{
    public const string Code = "MotDePasseCourant";

    private static readonly FrozenSet<string> Liste = Charger();

    public async Task<IdentityResult> ValidateAsync(UserManager<Utilisateur> manager, Utilisateur user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return IdentityResult.Success;
        var entier = Normaliser(password);
        var lettres = Lettres(entier);
        var dechiffre = Lettres(Dechiffrer(entier));
        var departement = Normaliser(await db.Departements.Where(d => d.Id == user.DepartementId).Select(d => d.Nom).SingleOrDefaultAsync() ?? "");
        var nomDepartement = Lettres(departement);
        return Liste.Contains(entier) || Liste.Contains(lettres) || Liste.Contains(dechiffre)
            || (nomDepartement.Length > 0 && (lettres == nomDepartement || dechiffre == nomDepartement))
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "Ce mot de passe est trop courant ou trop facile à deviner (mot usuel, nom de l'application ou du département) : choisissez-en un autre, par exemple plusieurs mots sans rapport entre eux.",
            })
            : IdentityResult.Success;
    }

    private static string Lettres(string texte) => new(texte.Where(char.IsAsciiLetter).ToArray());

    /// <summary>"P@ssw0rd2026!" is "password": the usual symbol-for-letter swaps, inside the word only (edges are padding).</summary>
    private static string Dechiffrer(string texte)
    {
        var debut = texte.AsSpan().IndexOfAnyInRange('a', 'z');
        var fin = texte.AsSpan().LastIndexOfAnyInRange('a', 'z');
        if (debut < 0) return "";
        return new string(texte[debut..(fin + 1)].Select(c => c switch
        {
            '@' or '4' => 'a',
            '$' or '5' => 's',
            '0' => 'o',
            '3' => 'e',
            '1' or '!' => 'i',
            '7' => 't',
            _ => c,
        }).ToArray());
    }

    internal static string Normaliser(string texte)
    {
        var decompose = texte.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decompose.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    private static FrozenSet<string> Charger()
    {
        using var flux = typeof(MotsDePasseCourants).Assembly.GetManifestResourceStream("mots-de-passe-courants.txt")
            ?? throw new InvalidOperationException("La liste des mots de passe courants manque à l'application.");
        using var lecteur = new StreamReader(flux);
        var mots = new List<string>();
        while (lecteur.ReadLine() is { } ligne)
            if (ligne.Length > 0 && !ligne.StartsWith('#')) mots.Add(ligne);
        return mots.ToFrozenSet(StringComparer.Ordinal);
    }
}
