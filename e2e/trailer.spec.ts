import { expect, test } from "@playwright/test";

test("nothing leaves the site until the reader asks for the trailer", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  // The embed is answered locally: the test proves which address is asked for, not YouTube's uptime.
  await page.route("https://www.youtube-nocookie.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }),
  );

  await page.goto("/ja/reviews/drive");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("iframe")).toHaveCount(0);
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);

  const facade = page.getByRole("link", { name: "予告編を再生:Drive – Movie Trailer (2011) HD" });
  await facade.focus();
  await page.keyboard.press("Enter");

  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/KBiOF3y1W0Y?autoplay=1");
  await expect(frame).toHaveAttribute("title", "Drive – Movie Trailer (2011) HD");
  await expect(facade).toHaveCount(0);
  await expect.poll(() => requests.some((url) => url.startsWith("https://www.youtube-nocookie.com/embed/"))).toBe(true);
});

test("Space activates the trailer too", async ({ page }) => {
  await page.route("https://www.youtube-nocookie.com/**", (route) => route.fulfill({ status: 200, body: "" }));
  await page.goto("/en/reviews/drive");
  await page.getByRole("link", { name: /Play trailer/ }).focus();
  await page.keyboard.press("Space");
  await expect(page.locator("iframe")).toHaveAttribute("src", /youtube-nocookie\.com\/embed\/KBiOF3y1W0Y/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the trailer is a link to the video on YouTube, and still nothing leaves the site", async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto("/ar/reviews/drive");
    const link = page.getByRole("link", { name: /Drive – Movie Trailer \(2011\) HD/ });
    await expect(link).toHaveAttribute("href", "https://www.youtube.com/watch?v=KBiOF3y1W0Y");
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
