using System.Net;
using UglyToad.PdfPig;

namespace Passerelle.Tests.Support;

/// <summary>A PDF response read as its words, as PdfPig finds them on the pages.</summary>
public static class PdfDeTest
{
    public static async Task<string> TexteAsync(HttpResponseMessage reponse, int? pages = null)
    {
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("application/pdf", reponse.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await reponse.Content.ReadAsByteArrayAsync());
        if (pages is int attendues) Assert.Equal(attendues, pdf.NumberOfPages);
        return string.Join(" ", pdf.GetPages().SelectMany(page => page.GetWords()).Select(w => w.Text));
    }
}
