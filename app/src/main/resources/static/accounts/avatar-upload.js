// Checks the size of the chosen picture before the form sends it. A file over the avatar limit would
// only travel to be refused, and one far over the container's 16 MB limit can end in a reset
// connection instead of the site's page. The server checks everything again; this only saves the trip.
for (const input of document.querySelectorAll("input[type=file][data-max-bytes]")) {
  const max = Number(input.dataset.maxBytes);
  const problem = document.getElementById(input.dataset.sizeProblem);

  const check = () => {
    const file = input.files && input.files[0];
    const isTooLarge = Boolean(file) && file.size > max;
    input.setCustomValidity(isTooLarge ? problem.textContent : "");
    problem.hidden = !isTooLarge;
    return !isTooLarge;
  };

  input.addEventListener("change", check);
  input.form.addEventListener("submit", (event) => {
    if (!check()) {
      event.preventDefault();
      input.focus();
    }
  });
}
