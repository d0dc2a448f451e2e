using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Passerelle.BrowserTests.Support;

/// <summary>axe-core on a live page: serious and critical violations fail the test, listed readably.</summary>
public static class Accessibilite
{
    private static readonly string[] ImpactsBloquants = ["serious", "critical"];

    public static async Task VerifierAsync(IPage page)
    {
        var resultat = await page.RunAxe();
        var bloquantes = resultat.Violations.Where(v => ImpactsBloquants.Contains(v.Impact)).ToList();
        Assert.True(bloquantes.Count == 0, Decrire(new Uri(page.Url).PathAndQuery, bloquantes));
    }

    private static string Decrire(string chemin, List<AxeResultItem> violations)
    {
        var texte = new StringBuilder($"{violations.Count} violation(s) d'accessibilité graves sur {chemin} :");
        foreach (var v in violations)
        {
            texte.AppendLine().Append($"- [{v.Impact}] {v.Id} : {v.Help} ({v.HelpUrl})");
            foreach (var noeud in v.Nodes)
            {
                var causes = noeud.Any.Concat(noeud.All).Concat(noeud.None).Select(c => c.Message);
                texte.AppendLine().Append($"    {noeud.Target} : {noeud.Html}");
                texte.AppendLine().Append($"      {string.Join(" ; ", causes)}");
            }
        }
        return texte.ToString();
    }
}
