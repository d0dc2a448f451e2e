using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

/// <summary>A hostile flux ends the import with its line and limit; dossiers read before stay whole, nothing of the rest is written.</summary>
public sealed class LimitesImportTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Janvier = new(2026, 1, 31);

    [Fact]
    public async Task Import_d_un_dossier_trop_profond_est_interrompu_avec_la_ligne_sans_rien_ecrire_de_ce_dossier()
    {
        var (numeros, texte) = Trois();
        var profond = string.Concat(Enumerable.Repeat("<X>", 50)) + string.Concat(Enumerable.Repeat("</X>", 50));
        texte = InsererDansLeDossier(texte, numeros[1], profond);

        var import = (await ImporterAsync(app, LecteurFluxCnaf.Windows1252.GetBytes(texte))).Import!;

        Assert.Equal(StatutImport.Interrompu, import.Statut);
        Assert.Contains($"imbriqués sur plus de {LimitesFluxCnaf.ProfondeurMax} niveaux", import.ErreurFichier, StringComparison.Ordinal);
        Assert.Equal((1, 1), (import.Crees, import.Rejetes));
        Assert.Equal([numeros[0]], await Presents(numeros));
    }

    [Fact]
    public async Task Import_d_une_identification_geante_echoue_sans_rien_ecrire()
    {
        var (numeros, texte) = Trois();
        texte = texte.Replace("<APPLIEME>", "<APPLIEME>" + new string('A', LimitesFluxCnaf.TexteMaxOctets + 1), StringComparison.Ordinal);

        var import = (await ImporterAsync(app, LecteurFluxCnaf.Windows1252.GetBytes(texte))).Import!;

        Assert.Equal(StatutImport.Echoue, import.Statut);
        var ligne = texte[..texte.IndexOf("<APPLIEME>", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.StartsWith($"Ligne {ligne} :", import.ErreurFichier, StringComparison.Ordinal);
        Assert.Contains("dépasse 64 Ko", import.ErreurFichier, StringComparison.Ordinal);
        Assert.Empty(await Presents(numeros));
    }

    private static (string[] Numeros, string Texte) Trois()
    {
        var numeros = new[] { NouveauNumero(), NouveauNumero(), NouveauNumero() };
        var octets = Flux(Janvier, numeros.Select((n, i) => Foyer(n, "2", Personne("LIMITE", $"P{i}", new DateOnly(1980, 2, i + 1)))).ToArray());
        return (numeros, LecteurFluxCnaf.Windows1252.GetString(octets));
    }

    private static string InsererDansLeDossier(string texte, string numero, string contenu)
    {
        var index = texte.IndexOf($"<NUMDEMRSA>{numero}</NUMDEMRSA>", StringComparison.Ordinal);
        var apres = texte.IndexOf("<DonneesAdministratives>", index, StringComparison.Ordinal);
        return texte.Insert(apres, contenu);
    }

    private Task<List<string>> Presents(string[] numeros) => app.DansDepartementAsync("49", db =>
        db.Dossiers.Where(d => numeros.Contains(d.NumDemRsa)).Select(d => d.NumDemRsa).ToListAsync());
}
