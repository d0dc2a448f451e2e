using System.Globalization;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Bench;

/// <summary>The files of a later month: the realistic next flux, and the same with every dossier changed.</summary>
internal sealed record FichiersSuivants(string Mensuel, int FoyersMensuel, int ModifiesMensuel, string Modifie);

/// <summary>Writes a generated Bénéficiaire flux (valid against the XSD) of any size, in flat memory.</summary>
internal static class FichierCnaf
{
    public const int Graine = 20261125;
    public static readonly DateOnly DateParDefaut = new(2026, 9, 30);

    public static int Ecrire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        if (args.Length < 2)
        {
            Console.Error.WriteLine("Usage : fichier <sortie.xml> [--foyers 1000] [--departement 49] [--date AAAA-MM-JJ]");
            return 1;
        }
        var date = Valeur("--date") is { } texte ? DateOnly.ParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateParDefaut;
        var taille = Ecrire(args[1], int.Parse(Valeur("--foyers") ?? "1000", CultureInfo.InvariantCulture), Valeur("--departement") ?? "49", date);
        Console.WriteLine($"{args[1]} : {taille / 1e6:F1} Mo");
        return 0;
    }

    /// <returns>The size of the file in bytes.</returns>
    public static long Ecrire(string chemin, int foyers, string departement, DateOnly date)
    {
        using var sortie = File.Create(chemin);
        Generateur(departement).Ecrire(sortie, foyers, date);
        return sortie.Length;
    }

    /// <summary>
    /// Next to the file of <paramref name="foyers"/> foyers: the flux one month later as the demo's evolution
    /// draws it (closures, suspensions, re-openings, new dossiers), and one more month later with every
    /// dossier's amount changed, so that every dossier is updated (the worst case of a monthly file).
    /// </summary>
    public static FichiersSuivants EcrireSuivants(string dossier, int foyers, string departement)
    {
        var generateur = Generateur(departement);
        var (mois1, mois2) = (DateParDefaut.AddMonths(1), DateParDefaut.AddMonths(2));
        var evolution = generateur.Evoluer(generateur.Foyers(foyers, DateParDefaut).ToList(), mois1);
        var suivants = new FichiersSuivants(Path.Combine(dossier, $"flux-{foyers}-mensuel.xml"), evolution.Foyers.Count, evolution.Modifies.Count,
            Path.Combine(dossier, $"flux-{foyers}-tous-modifies.xml"));
        Ecrire(suivants.Mensuel, mois1, evolution.Foyers);
        Ecrire(suivants.Modifie, mois2, evolution.Foyers.Select(f => f with { Droit = f.Droit with { MontantTotal = (f.Droit.MontantTotal ?? 0) + 1 } }));
        return suivants;
    }

    private static void Ecrire(string chemin, DateOnly date, IEnumerable<FoyerCnaf> foyers)
    {
        using var sortie = File.Create(chemin);
        EcritureFluxCnaf.Ecrire(sortie, GenerateurFluxCnaf.Identification(date), foyers, LecteurFluxCnaf.Windows1252);
    }

    private static GenerateurFluxCnaf Generateur(string departement) => new(Communes.Charger(), departement, Graine);
}
