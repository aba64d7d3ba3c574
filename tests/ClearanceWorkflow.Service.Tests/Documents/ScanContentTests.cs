using ClearanceWorkflow.Service.Documents;

namespace ClearanceWorkflow.Service.Tests.Documents;

public sealed class ScanContentTests
{
    [Theory]
    [InlineData("255044462D312E370A25E2E3CFD3", "application/pdf")]
    [InlineData("49492A0008000000", "image/tiff")]
    [InlineData("4D4D002A00000008", "image/tiff")]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("FFD8FFE1", "image/jpeg")]
    [InlineData("89504E470D0A1A0A0000000D49484452", "image/png")]
    public void A_scan_is_judged_by_its_first_bytes(string headHex, string mediaType) =>
        Assert.Equal(mediaType, ScanContent.Sniff(Convert.FromHexString(headHex)));

    [Theory]
    [InlineData("")]
    [InlineData("48656C6C6F2C20776F726C64")]          // plain text
    [InlineData("504B030414000000")]                  // zip (and so docx)
    [InlineData("474946383961")]                      // GIF
    [InlineData("255044")]                            // "%PD": a PDF header cut short
    [InlineData("20255044462D")]                      // " %PDF-": not at the start
    [InlineData("89504E470D0A")]                      // a PNG signature cut short
    [InlineData("4949002A")]                          // byte orders mixed up
    [InlineData("FFD8")]                              // a JPEG marker cut short
    [InlineData("4D5A90000300")]                      // a Windows executable
    public void Anything_else_is_refused(string headHex) =>
        Assert.Null(ScanContent.Sniff(Convert.FromHexString(headHex)));
}
