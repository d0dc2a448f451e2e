using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Gives a demo département its RSA dossiers the way a real département gets them: through the import
/// pipeline, so rights history, new entrants, exits and returns are the real rules' output. A stock
/// load, a monthly flux (every foyer, a few changed or new) and a daily flux (the changes only), plus
/// a couple of MSA dossiers in their own file.
/// </summary>
internal static class DossiersDemo
{
    public static readonly DateOnly Stock = new(2026, 9, 30), Mensuel = new(2026, 10, 31), Quotidien = new(2026, 11, 20);

    private const int DossiersMsa = 2;
    private const string Lanceur = "données de démonstration";

    /// <summary>Foyers per seed département at the seeds' volumes (primer §8); Maine-et-Loire's seed gives none, 15,000 is assumed.</summary>
    public static readonly IReadOnlyDictionary<string, int> VolumesSeeds = new Dictionary<string, int>
    {
        ["49"] = 15_000,
        ["37"] = 16_830,
        ["72"] = 12_099,
        ["26"] = 16_018,
    };

    /// <returns>The number of dossiers the département holds at the end.</returns>
    public static async Task<int> ChargerAsync(IServiceProvider services, int departementId, string code, int foyers, int graine, CancellationToken ct)
    {
        if (foyers <= 0) return 0;
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departementId);
        var import = scope.ServiceProvider.GetRequiredService<ImportSynchrone>();
        var communes = scope.ServiceProvider.GetRequiredService<Communes.Communes>();

        var caf = new GenerateurFluxCnaf(communes, code, graine);
        var stock = caf.Foyers(foyers, Stock).ToList();
        await ImporterAsync(import, $"cnaf-{code}-stock-{Stock:yyyyMMdd}.xml", Stock, stock, reprise: true, ct);
        var msa = new GenerateurFluxCnaf(communes, code, graine + 1, "MSA").Foyers(DossiersMsa, Stock).ToList();
        await ImporterAsync(import, $"msa-{code}-stock-{Stock:yyyyMMdd}.xml", Stock, msa, reprise: true, ct);
        var octobre = caf.Evoluer(stock, Mensuel);
        await ImporterAsync(import, $"cnaf-{code}-mensuel-{Mensuel:yyyyMMdd}.xml", Mensuel, octobre.Foyers, reprise: false, ct);
        var novembre = caf.Evoluer(octobre.Foyers, Quotidien);
        await ImporterAsync(import, $"cnaf-{code}-quotidien-{Quotidien:yyyyMMdd}.xml", Quotidien, novembre.Modifies, reprise: false, ct);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers.CountAsync(ct);
    }

    private static async Task ImporterAsync(ImportSynchrone import, string nom, DateOnly date, IEnumerable<FoyerCnaf> foyers, bool reprise, CancellationToken ct)
    {
        await using var fichier = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        EcritureFluxCnaf.Ecrire(fichier, GenerateurFluxCnaf.Identification(date), foyers, LecteurFluxCnaf.Windows1252);
        fichier.Position = 0;
        var resultat = await import.ImporterAsync(fichier, new DemandeImport(TypeImport.Cnaf, nom, Lanceur, RepriseDeStock: reprise), ct);
        if (resultat.Import is { Statut: not StatutImport.Termine } echec)
            throw new InvalidOperationException($"L'import de démonstration {nom} a échoué : {echec.ErreurFichier}");
    }
}
