import type { Data } from '@generated/data'

/** Props every page receives from the Inertia middleware */
export type SharedProps = Data.SharedProps

export type MenuSection = {
  block: string
  label: string
  items: { label: string; href: string; icon: string }[]
}
