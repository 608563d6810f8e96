/** An MDX file, compiled by Storybook's docs addon to a component: the docs page template. */
declare module '*.mdx' {
  const Page: (props: object) => unknown;
  export default Page;
}
