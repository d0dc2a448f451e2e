using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;

namespace Passerelle.Web.Features.Conservation;

/// <summary>
/// <c>conservation simulation|anonymisation --departement &lt;code&gt;</c>: the retention of one département
/// from a scheduler, printing the report or what was anonymised. Exit codes: 0 done, 1 wrong command or
/// unknown département. The run needs no confirmation here: the operator typed it.
/// </summary>
public static class LigneDeCommandeConservation
{
    public const string Aide = "Usage : conservation simulation|anonymisation --departement <code INSEE>";
    private const string Auteur = "Ligne de commande";

    public static bool EstDemandee(string[] args) => args.Length > 0 && args[0] == "conservation";

    public static async Task<int> ExecuterAsync(IServiceProvider services, string[] args, TextWriter sortie)
    {
        if (args is not ["conservation", var verbe and ("simulation" or "anonymisation"), "--departement", var code])
        {
            await sortie.WriteLineAsync(Aide);
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Departements.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync();
        if (id is null)
        {
            await sortie.WriteLineAsync($"Département inconnu : {code}");
            return 1;
        }
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id.Value);
        var execution = scope.ServiceProvider.GetRequiredService<ExecutionConservation>();
        if (verbe == "simulation")
        {
            var r = await execution.SimulerAsync(Auteur, CancellationToken.None);
            await sortie.WriteLineAsync($"Conservation de {r.DureeMois} mois (fins d'accompagnement avant le {r.Limite:dd/MM/yyyy}) : {r.Personnes} personne(s), "
                + $"{r.Foyers} foyer(s), {r.RendezVous} rendez-vous, {r.Diagnostics} diagnostic(s), {r.DecisionsOrientation} décision(s), {r.Envois} envoi(s) à anonymiser.");
            return 0;
        }
        var (personnes, foyers) = await execution.AnonymiserAsync(Auteur, CancellationToken.None);
        await sortie.WriteLineAsync($"{personnes} personne(s) et {foyers} foyer(s) anonymisés.");
        return 0;
    }
}
