using Passerelle.Tests.Support;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

/// <summary>The command line entry, run in-process against the test application's services and real files on disk.</summary>
public sealed class LigneDeCommandeImportTests(Application app) : IClassFixture<Application>, IDisposable
{
    private readonly string dossier = Directory.CreateTempSubdirectory("passerelle-cli-").FullName;

    [Fact]
    public async Task Import_d_un_bon_fichier_affiche_le_bilan_et_sort_en_zero()
    {
        var chemin = Ecrire("bon.xml", Flux(new DateOnly(2026, 1, 31), Foyer(NouveauNumero(), "2", Personne("LIGNE", "COMMANDE", new DateOnly(1966, 6, 6)))));

        var (code, sortie) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "49");

        Assert.Equal(LigneDeCommandeImport.Succes, code);
        Assert.Contains("Dossiers lus : 1 = créés 1 + mis à jour 0", sortie, StringComparison.Ordinal);
        Assert.Contains("mémoire maximale du processus", sortie, StringComparison.Ordinal);
        var (encore, deuxieme) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "49");
        Assert.Equal((LigneDeCommandeImport.Succes, true), (encore, deuxieme.Contains("déjà importé", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Fichier_inutilisable_sort_en_deux_avec_la_ligne_et_le_motif()
    {
        var chemin = Ecrire("casse.xml", "<?xml version=\"1.0\"?><InfoDemandeRSA></InfoDemandeRSA>"u8.ToArray());

        var (code, sortie) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "49");

        Assert.Equal(LigneDeCommandeImport.FichierInutilisable, code);
        Assert.Contains("Fichier inutilisable — Ligne 1", sortie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fichier_de_2_Go_sans_xml_est_refuse_des_le_debut_sans_le_lire_en_entier()
    {
        var chemin = Path.Combine(dossier, "enorme.xml");
        using (var fichier = File.Create(chemin)) fichier.SetLength(2L << 30);

        var (code, sortie) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "49", "--verification");

        Assert.Equal(LigneDeCommandeImport.FichierInutilisable, code);
        Assert.Contains("ligne 1", sortie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_compte_avertissements_rejets_et_hors_departement_sans_rien_ecrire()
    {
        var personne = Personne("VERIF", "SOLENE", new DateOnly(1970, 7, 7));
        var chemin = Ecrire("verif.xml", Flux(new DateOnly(2026, 1, 31), Foyer(NouveauNumero(), "2", personne with { Role = "CJT" }) with { Departement = "049" },
            Foyer(NouveauNumero() + "9", "2", personne), Foyer(NouveauNumero(), "2", personne with { Prenom = "MAYENNE" }) with { Departement = "053" }));

        var (code, sortie) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "49", "--verification");

        Assert.Equal(LigneDeCommandeImport.Succes, code);
        Assert.Contains("1 foyers applicables dont 1 avec avertissement (1 avertissements), 1 rejetés, 1 hors département", sortie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_refuse_un_flux_date_du_futur_comme_l_import()
    {
        var chemin = Ecrire("futur.xml", Flux(HeureDeTest.Aujourdhui.AddDays(2), Foyer(NouveauNumero(), "2", Personne("FUTUR", "ALMA", new DateOnly(1980, 3, 3)))));

        var (code, sortie) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "49", "--verification");

        Assert.Equal(LigneDeCommandeImport.FichierInutilisable, code);
        Assert.Contains("est dans le futur", sortie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fichier_interrompu_sort_en_deux_puis_reprise_de_avec_le_fichier_corrige_le_termine()
    {
        var (_, complet, morceau) = FluxCoupe("REPRISECLI", 3);
        var coupe = Ecrire("coupe.xml", morceau);
        var corrige = Ecrire("corrige.xml", complet);

        var (code, sortie) = await ExecuterAsync("import", "cnaf", coupe, "--departement", "49");
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(sortie, "--reprise-de ([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (repris, bilan) = await ExecuterAsync("import", "cnaf", corrige, "--departement", "49", "--reprise-de", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (encore, refus) = await ExecuterAsync("import", "cnaf", corrige, "--departement", "49", "--reprise-de", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(LigneDeCommandeImport.FichierInutilisable, code);
        Assert.Contains("Interrompu", sortie, StringComparison.Ordinal);
        Assert.Equal(LigneDeCommandeImport.Succes, repris);
        Assert.Contains($"Reprise de l'import interrompu n° {id} : 2 dossiers qu'il avait déjà appliqués reconnus inchangés", bilan, StringComparison.Ordinal);
        Assert.Equal((LigneDeCommandeImport.Usage, true), (encore, refus.Contains("déjà été repris", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("import", "cnaf")]
    [InlineData("import", "pdf", "x.xml", "--departement", "49")]
    [InlineData("import", "cnaf", "x.xml")]
    [InlineData("import", "tableur", "x.csv", "--departement", "49")]
    public async Task Commande_incomplete_affiche_l_aide_et_sort_en_un(params string[] args)
    {
        var (code, sortie) = await ExecuterAsync(args);
        Assert.Equal((LigneDeCommandeImport.Usage, true), (code, sortie.Contains("Usage :", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Departement_ou_configuration_inconnus_sortent_en_un()
    {
        var chemin = Ecrire("x.csv", "a;b\n"u8.ToArray());
        var (code, sortie) = await ExecuterAsync("import", "cnaf", chemin, "--departement", "44");
        Assert.Equal((LigneDeCommandeImport.Usage, true), (code, sortie.Contains("Département « 44 » inconnu de cette base : ouvrez-le dans Administration", StringComparison.Ordinal)));
        Assert.Equal(LigneDeCommandeImport.Usage, (await ExecuterAsync("import", "cnaf", chemin, "--departement", "99")).Code);
        Assert.Equal(LigneDeCommandeImport.Usage, (await ExecuterAsync("import", "tableur", chemin, "--departement", "49", "--configuration", "Inconnue")).Code);
    }

    private string Ecrire(string nom, byte[] octets)
    {
        var chemin = Path.Combine(dossier, nom);
        File.WriteAllBytes(chemin, octets);
        return chemin;
    }

    private async Task<(int Code, string Sortie)> ExecuterAsync(params string[] args)
    {
        using var sortie = new StringWriter();
        var code = await LigneDeCommandeImport.ExecuterAsync(app.Services, args, sortie);
        return (code, sortie.ToString());
    }

    public void Dispose() => Directory.Delete(dossier, recursive: true);
}
